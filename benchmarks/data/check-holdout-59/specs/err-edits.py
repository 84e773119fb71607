"""Hand-chosen edits that turn each clean digest into its err twin.

Each edit: (old text, new text, expected finding (kind, severity, span)).
`old` must occur exactly once in the clean digest (for an err-only story,
in specs/<story>.base.txt, a faithful digest that is not itself a case); the span must stand
verbatim in the err digest. Run: python specs/err-edits.py
"""
import json, pathlib

TRACK = {
    "marathon-record": "?utm_source=newsletter&utm_medium=email&utm_campaign=weekend_run",
    "auction-record": "?utm_source=artwire&utm_medium=email&utm_campaign=evening_sales&mc_eid=5f2a9c",
}
EDITS = {
 "marathon-record": [
  ("キプタヌイ(Samuel Kiptanui)が樹立した大会記録2時間6分12秒を31秒更新した。", "キプタヌイ(Samuel Kiptanui)が樹立した大会記録2時間6分12秒を41秒更新した。", ("mismatch", "error", "41秒更新")),
  ("・出走4万1250人のうち3万8400人が完走した。", "・出走4万1250人のうち3万4800人が完走した。", ("mismatch", "error", "3万4800人")),
  ("URL", None, ("citation", "warning", "URL")),
 ],
 "golf-ashdown": [
  ("賞金総額950万ドルの18%にあたる171万ドルを獲得した。", "賞金総額950万ドルの18%にあたる1710万ドルを獲得した。", ("mismatch", "error", "1710万ドル")),
  ("(日本時間17日午前3時10分)にスタートし", "(日本時間16日午前3時10分)にスタートし", ("mismatch", "error", "16日午前3時10分")),
  ("・アッシュダウンは「この4年間", "・アシュダウンは「この4年間", ("spelling", "warning", "アシュダウン")),
 ],
 "museum-visitors": [
  ("・海外客の割合は37%で、前年から4ポイント上昇した。", "・海外客の割合は37%で、前年から4%上昇した。", ("mismatch", "error", "4%上昇")),
  ("企画展の人気:2月に閉幕した企画展「Tides of Glass」だけで", "企画展の人気:ガラス作品320点を集め、2月に閉幕した企画展「Tides of Glass」だけで", ("unsupported", "warning", "320点")),
  ("・年間の来館者数は284万人で、前年度より28万人多かった。", "・年間の来館者数は284万人で、前年度より28万人多く、1990年代以来の大幅な伸びとなった。", ("unsupported", "warning", "1990年代")),
 ],
 "park-fees": [
  ("・寄贈された1万2500エーカーの原生林", "・寄贈された1万2500ヘクタールの原生林", ("mismatch", "error", "1万2500ヘクタール")),
  ("・車両入園料は3月1日(日)から5ドル上がり", "・車両入園料は3月1日(土)から5ドル上がり", ("mismatch", "error", "3月1日(土)")),
  ("(Silverpine National Park)の管理当局は8日(木)", "(Silverpine National Park)を管理する米国立公園局(NPS)は8日(木)", ("name", "warning", "NPS")),
 ],
 "cycling-tour": [
  ("に1分12秒差をつけて総合優勝した。", "に2分40秒差をつけて総合優勝した。", ("mismatch", "error", "2分40秒差")),
  ("・優勝者の平均時速41.8キロは大会史上最速", "・優勝者の平均時速48.1キロは大会史上最速", ("mismatch", "error", "48.1キロ")),
  ("ゴールにたどり着いたのは139人で、約8割にとどまった。", "ゴールにたどり着いたのは139人で、約9割にとどまった。", ("mismatch", "error", "約9割")),
 ],
 "auction-record": [
  ("」が、18日(火)夜に", "」が、18日(水)夜に", ("mismatch", "error", "18日(水)")),
  ("開始時には9人が入札に加わったが", "開始時には7人が入札に加わったが", ("mismatch", "error", "7人")),
  ("URL", None, ("citation", "warning", "URL")),
 ],
 "festival-valmorin": [
  ("公的補助金は110万ユーロと約4分の1を占める。", "公的補助金は110万ユーロと約4割を占める。", ("mismatch", "error", "約4割")),
  ("(日本時間29日(日)午前4時30分)から野外劇場", "(日本時間28日午前4時30分)から野外劇場", ("mismatch", "error", "日本時間28日午前4時30分")),
  (" 2016年から映画祭を率いるラロック氏は", " 2018年から映画祭を率いるラロック氏は", ("mismatch", "error", "2018年")),
 ],
 "skisprung-hohenried": [
  ("2位オースムンセンとの差は86点となった。", "2位オースムンセンとの差は68点となった。", ("mismatch", "error", "68点")),
  (" スキージャンプのワールドカップ(W杯)ホーエンリート大会が", " 国際スキー連盟(FIS)のスキージャンプ・ワールドカップ(W杯)ホーエンリート大会が", ("name", "warning", "FIS")),
  ("・ブレニンガーの優勝賞金は1万ユーロ", "・ブレンニンガーの優勝賞金は1万ユーロ", ("spelling", "warning", "ブレンニンガー")),
 ],
 "liga-puerto-sombra": [
  ("前回の優勝は1998年で、27年ぶりの戴冠となった。", "前回の優勝は1998年で、28年ぶりの戴冠となった。", ("mismatch", "error", "28年ぶり")),
  ("・観客は4万8700人だった。", "・観客は4万8700人で、入場料収入は3億ペソに上った。", ("unsupported", "warning", "3億ペソ")),
  ("・優勝賞金は8億5000万ペソで", "・優勝賞金は8500万ペソで", ("mismatch", "error", "8500万ペソ")),
 ],
 "ekiden-kohoku": [
  ("前年の200万円から1.5倍に増額された。", "前年の200万円から2倍に増額された。", ("mismatch", "error", "2倍")),
  ("入社2年目の高梨颯太(24)が", "入社2年目の高梨颯太(25)が", ("mismatch", "error", "高梨颯太(25)")),
  ("・ムトゥアは「日本に来て", "・ムトゥーアは「日本に来て", ("spelling", "warning", "ムトゥーア")),
 ],
 "marrowby-tourism": [
  ("日本時間では25日(日)午後10時15分に出発する", "日本時間では26日(月)午後10時15分に出発する", ("mismatch", "error", "26日(月)午後10時15分")),
  ("入国者数は610万人から680万人へ、約11%増えた。", "入国者数は610万人から680万人へ、約15%増えた。", ("mismatch", "error", "約15%")),
  ("・クルーズ船の寄港は412回だった。", "・クルーズ船の寄港は450回だった。", ("mismatch", "error", "寄港は450回")),
 ],
 "verein-lindenau": [
  ("売上高が過去最高の12億4000万ユーロに達した", "売上高が過去最高の1億2400万ユーロに達した", ("mismatch", "error", "1億2400万ユーロ")),
  ("稼働率は97.3%で、前シーズンより1.5ポイント上がった。", "稼働率は97.3%で、前シーズンより1.5%上がった。", ("mismatch", "error", "1.5%")),
  ("・売上高は12億4000万ユーロで、前年度比約7%増となった。", "・2024/25年度の売上高は12億4000万ユーロで、前年度比約7%増となった。", ("mismatch", "error", "2024/25年度")),
 ],
}

if __name__ == "__main__":
    cases = pathlib.Path(__file__).parent.parent / "cases"
    for story, edits in EDITS.items():
        base = cases / f"clean-{story}" / "digest.txt"
        if not base.exists():  # err-only story: the faithful base digest lives in specs/
            base = pathlib.Path(__file__).parent / f"{story}.base.txt"
        text = base.read_text(encoding="utf-8")
        findings = []
        for old, new, (kind, sev, span) in edits:
            if old == "URL":
                url = [l for l in text.splitlines() if l.startswith("https://")][-1]
                tracked = url + TRACK[story]
                text = text.replace(url, tracked)
                span = tracked
            else:
                assert text.count(old) == 1, (story, old)
                text = text.replace(old, new)
            findings.append({"kind": kind, "severity": sev, "span": span})
        (cases / f"err-{story}" / "digest.txt").write_text(text, encoding="utf-8")
        (cases / f"err-{story}" / "expected.json").write_text(
            json.dumps({"clean": False, "findings": findings}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if (cases / f"clean-{story}").exists():
          (cases / f"clean-{story}" / "expected.json").write_text(
            json.dumps({"clean": True, "findings": []}, indent=2) + "\n", encoding="utf-8")
        print(story, len(findings))
