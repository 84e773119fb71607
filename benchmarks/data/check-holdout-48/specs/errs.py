"""Planted slips: each err case = its clean twin with these exact edits."""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from mkerr import make

def F(kind, sev, span):
    return {"kind": kind, "severity": sev, "span": span}

make("clean-prairie-wheat", "err-prairie-wheat",
     [("前週から19ドル下落", "前週から29ドル下落", 1),
      ("約8割が8月12日までに", "約6割が8月12日までに", 1),
      ("オイェラランさんの作業班", "オエラランさんの作業班", 1)],
     [F("mismatch", "error", "29ドル"),
      F("mismatch", "error", "約6割"),
      F("spelling", "warning", "オエララン")])

make("clean-merrow-tokyo-route", "err-merrow-tokyo-route",
     [("英国夏時間13時40分(日本時間21時40分)", "英国夏時間13時40分(日本時間22時40分)", 1),
      ("同社の2025年の旅客数", "同社の2024年の旅客数", 1),
      ("https://www.atlanticaviationdaily.example/airlines/merrow-air-tokyo-haneda-nonstop-launch",
       "https://www.atlanticaviationdaily.example/airlines/merrow-air-tokyo-haneda-nonstop-launch?utm_source=newsletter&utm_medium=email&utm_campaign=am_briefing&sub_id=883104", 1)],
     [F("mismatch", "error", "22時40分"),
      F("mismatch", "error", "2024年"),
      F("citation", "warning", "https://www.atlanticaviationdaily.example/airlines/merrow-air-tokyo-haneda-nonstop-launch?utm_source=newsletter&utm_medium=email&utm_campaign=am_briefing&sub_id=883104")])

make("clean-solvene-solar-park", "err-solvene-solar-park",
     [("11%から17%へ6ポイント上がる", "11%から17%へ6%上がる", 1),
      ("乾燥草地90ヘクタールが失われる", "乾燥草地150ヘクタールが失われる", 1),
      ("モンヴァロン行政裁判所は9月4日、最後の訴えを退けた。",
       "モンヴァロン行政裁判所は9月4日、最後の訴えを退けた。原告側のマリー・デュボワ弁護士は控訴を検討している。", 1)],
     [F("mismatch", "error", "6%"),
      F("mismatch", "error", "150ヘクタール"),
      F("name", "warning", "マリー・デュボワ")])

make("clean-suedalpen-rail", "err-suedalpen-rail",
     [("前年から3.1ポイント低下", "前年から1.3ポイント低下", 1),
      ("10〜12月期には58%", "7〜9月期には58%", 1),
      ("所要11時間25分", "所要12時間25分", 1)],
     [F("mismatch", "error", "1.3ポイント"),
      F("mismatch", "error", "7〜9月期"),
      F("mismatch", "error", "12時間25分")])

make("clean-tarrant-basin-quarter", "err-tarrant-basin-quarter",
     [("83.10ドルから11.70ドル(約14%)", "83.10ドルから12.70ドル(約14%)", 1),
      ("前年同期比18%減の4億1200万ドル", "前年同期比18%減の41億2000万ドル", 1),
      ("日本時間6日(金)午前10時30分", "日本時間5日(木)午前10時30分", 1)],
     [F("mismatch", "error", "12.70ドル"),
      F("mismatch", "error", "41億2000万ドル"),
      F("mismatch", "error", "日本時間5日(木)")])

make("clean-coronado-heat-grid", "err-coronado-heat-grid",
     [("気温が華氏117度(摂氏47度)に達し", "気温が摂氏117度に達し", 1),
      ("1994年の記録を2度上回った", "1996年の記録を2度上回った", 1),
      ("郡の検視官によると3人が死亡した。", "郡の検視官によると3人が死亡し、うち2人は65歳以上だった。", 1)],
     [F("mismatch", "error", "摂氏117度"),
      F("mismatch", "error", "1996年"),
      F("unsupported", "warning", "65歳以上")])

make("clean-mekara-rice-harvest", "err-mekara-rice-harvest",
     [("1月の540ドルから78ドル", "1月の455ドルから78ドル", 1),
      ("73郡のうち45郡、約6割が", "73郡のうち45郡、約8割が", 1),
      ("Mekara Business Times 2026.03.13", "Mekara Business Times 2026.03.12", 1)],
     [F("mismatch", "error", "1月の455ドル"),
      F("mismatch", "error", "約8割"),
      F("citation", "warning", "2026.03.12")])

make("clean-plata-wheat-ports", "err-plata-wheat-ports",
     [("2.5%から1.5%へ1ポイント引き下げる", "2.5%から1.5%へ1%引き下げる", 1),
      ("輸出は最大1420万トンに達する", "輸出は最大1850万トンに達する", 1),
      ("12月15日(火)22時", "12月15日(月)22時", 1)],
     [F("mismatch", "error", "1%引き下げ"),
      F("mismatch", "error", "輸出は最大1850万トン"),
      F("mismatch", "error", "15日(月)")])

make("clean-koshiji-rice-heat", "err-koshiji-rice-heat",
     [("80.1%から18.3ポイント下がった", "80.1%から18.3%下がった", 1),
      ("前年の1万6200円から3600円、22%引き上げた", "前年の1万6200円から640円、22%引き上げた", 1),
      ("夏の記録的な高温が稲の登熟を妨げた。", "2018年以来となる夏の記録的な高温が稲の登熟を妨げた。", 1)],
     [F("mismatch", "error", "18.3%"),
      F("mismatch", "error", "640円、22%"),
      F("unsupported", "warning", "2018年")])
