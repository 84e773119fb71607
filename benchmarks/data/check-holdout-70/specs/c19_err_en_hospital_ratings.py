SPEC = dict(
name="err-en-hospital-ratings", lang="en", outlet="Red River Valley Times", domain="redrivervalleytimes.example",
path="/health/hospital-safety-ratings-2026-valley-general-drops", published="2026-11-12T11:40:00-06:00",
title="Valley General slips to eighth in hospital safety ratings as infection rates rise", section="Health", author="Corinne Abernathy",
paras=[
"Valley General Hospital, the largest hospital in the Red River region, has fallen from third to eighth place in the annual patient safety ratings of the region's 15 acute hospitals, published on Thursday by the independent Hospital Quality Council.",
"The hospital scored 71.4 out of 100, down from 78.9 last year. The council said the drop was driven mainly by a rise in hospital-acquired infections: Valley General recorded 2.6 bloodstream infections per 1,000 patient days, up from 1.7, and 148 cases of C. difficile, compared with 96 the year before.",
"St. Brigid's Medical Centre in Fallowfield took first place with a score of 86.2, its third consecutive year at the top. Lakeside Community Hospital came second with 83.5. The lowest-ranked hospital, Northgate Regional, scored 58.7.",
"The ratings are based on 24 measures, including infection rates, falls, medication errors, readmissions within 30 days and a survey of 11,600 patients. Across all 15 hospitals, the average score rose slightly to 74.8 from 73.9.",
"Valley General's chief executive, Dr. Raymond Osei-Kaplan, said the hospital had been operating at 104 per cent of its bed capacity for much of the year and had been short of about 190 nurses. \"Overcrowding makes infection control much harder,\" he said. He said the hospital had hired 85 nurses since July and opened a 32-bed unit in October.",
"The hospital has set aside $4.3 million for a new infection-prevention programme, including the replacement of 60 ageing sinks in intensive care, which the council said could harbour bacteria.",
"The council's chair, Margaret Ilunga-Frost, said the results showed \"that smaller hospitals can outperform large ones when staffing is stable\". The next ratings will be published in November 2027.",
],
digest="""
バレー総合病院:安全性評価で3位から8位に後退2026年11月13日 09:10

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 レッドリバー(Red River)地域最大のバレー総合病院(Valley General Hospital)が、地域の急性期病院15施設を対象にした年次の患者安全評価で、3位から8位に順位を下げた。独立機関の病院品質評議会が12日(木)に発表した。

 主なハイライト

 得点の低下:得点は100点満点中71.4点で、昨年の78.9点から7.5点下がった。

 院内感染の増加:血流感染は患者1000人日あたり2.6件で、前年の1.7件から増えた。C・ディフィシル感染は148件で、前年の69件から増えた。

 上位の病院:フォローフィールドのセント・ブリジッド医療センターが86.2点で3年連続の首位。レイクサイド地域病院が83.5点で2位だった。最下位のノースゲート地域病院は58.7点。

 文脈

 評価の方法:感染率、転倒、投薬ミス、30日以内の再入院、患者1万1600人への調査など24項目に基づく。15病院の平均点は73.9点から74.8点にわずかに上がった。

 過密の影響:バレー総合病院は年の大半を病床の104%で運営し、看護師が約190人不足していた。

 同病院は感染予防の新たな事業に430万ドルを充てる。

【詳細】

 地域最大の病院が安全性評価で大きく順位を落とした。以下、評価の内容と病院の対応をまとめる。

 評価の結果

 1.バレー総合病院

 ・71.4点で15病院中8位となった。
 ・院内感染の増加が主な要因とされた。

 2.他の病院

 ・首位のセント・ブリジッドは86.2点、2位のレイクサイドは83.5点。

 病院の対応

 1.人員と病床

 ・レイモンド・オセイ=カプラン(Raymond Osei-Kaplan)最高経営責任者は「過密状態では感染対策がずっと難しくなる」と述べた。
 ・7月以降に看護師85人を採用し、10月に32床の病棟を開いた。
 ・同病院の看護部長ジェニファー・ロウ氏は、人員の確保を最優先すると述べた。

 2.設備の更新

 ・集中治療室の老朽化した流し台60台を交換する。細菌の温床になりうるためである。

 評議会のマーガレット・イルンガ=フロスト(Margaret Ilunga-Frost)議長は「人員が安定していれば、小規模な病院が大病院を上回ることもある」と述べた。次回の評価は2027年11月に公表される。

【要点】

 評価の結果

 1.バレー総合病院

 ・3位から8位に後退、得点は71.4点。

 2.他の病院

 ・セント・ブリジッドが3年連続首位。

 病院の対応

 1.人員と病床

 ・看護師85人を採用、32床の病棟を開設。

 2.設備の更新

 ・感染予防に430万ドル。

【引用・参照・底本】

Valley General slips to eighth in hospital safety ratings as infection rates rise Red River Valley Times 2026.11.12

https://redrivervalleytimes.example/health/hospital-safety-ratings-2026-valley-general-drops
""",
findings=[
 ("mismatch", "error", "69件"),
 ("name", "warning", "ジェニファー・ロウ"),
],
)
