SPEC = dict(
name="clean-en-air-ambulance", lang="en", outlet="Highland Crofter News", domain="highlandcrofternews.example",
path="/news/health/air-ambulance-second-helicopter-islands", published="2026-10-06T21:20:00+01:00",
title="Second air ambulance helicopter to halve wait for island patients", section="Health", author="Fiona MacAskill-Dunn",
paras=[
"A second air ambulance helicopter will be based on the island of Innisbreck from next spring, cutting the average time it takes to reach seriously ill patients on the outer isles by almost half, the Northern Isles Health Board announced on Tuesday.",
"The board's single helicopter, based at Carrbridge on the mainland, flew 1,460 missions in the year to March, up from 1,120 five years ago. For patients on the outer isles, which lie between 60 and 110 miles from Carrbridge, the average time from the emergency call to the helicopter's arrival was 84 minutes. With a second aircraft at Innisbreck, the board expects that to fall to about 45 minutes.",
"The new base will cost £7.8 million to build, and running the second helicopter will cost about £4.6 million a year. The base will be built on a 12-acre site next to Innisbreck's small airfield and will house 22 staff, including pilots, paramedics and engineers.",
"The outer isles have a population of about 26,000, rising to nearly 40,000 in the summer tourist season. Almost a quarter of residents are aged 70 or over, compared with 14 per cent in the region as a whole.",
"The board said the helicopter would be able to fly at night and in low cloud, which the current aircraft cannot always do. Last winter, 37 missions to the outer isles had to be abandoned because of the weather, and patients were instead taken by lifeboat or ferry, journeys that can take up to six hours.",
"Dr. Alasdair Fennimore, the board's medical director, said: \"For a heart attack or a stroke, the first hour matters enormously. This will save lives.\" Innisbreck councillor Morag Tulloch, who had campaigned for the base for eight years, called it \"the best news the islands have had in a generation\".",
"Building work is due to begin in November, and the board hopes the base will be operational by the end of the first quarter of 2027.",
],
digest="""
北部諸島:ドクターヘリ2機目、離島の到着時間をほぼ半減へ2026年10月07日 09:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 北部諸島保健委員会は6日(火)、来春からインニスブレック島に2機目のドクターヘリを配備し、外側の島々の重症患者のもとに到着するまでの平均時間をほぼ半分に短縮すると発表した。

 主なハイライト

 出動の増加:本土のカーブリッジを拠点とする現在の1機は、3月までの1年間に1460回出動し、5年前の1120回から340回、約3割増えた。

 到着時間の短縮:カーブリッジから60〜110マイル(約97〜177キロ)離れた外側の島々では、通報から到着まで平均84分かかっていた。2機目の配備で約45分に縮まる見込み。

 費用:拠点の建設費は780万ポンド、2機目の運用費は年約460万ポンド。

 文脈

 高齢化した島々:外側の島々の人口は約2万6000人で、夏の観光シーズンには4万人近くに増える。住民のほぼ4分の1が70歳以上で、地域全体の14%を大きく上回る。

 悪天候の壁:昨冬は外側の島々への出動のうち37回が天候のため中止され、患者は救命艇やフェリーで最長6時間かけて運ばれた。

 工事は11月に始まり、2027年1〜3月期中の運用開始を目指す。

【詳細】

 離島の救急医療を強化するため、2機目のヘリが配備される。以下、計画の中身と地元の反応をまとめる。

 計画の内容

 1.新拠点

 ・インニスブレックの小さな飛行場の隣にある12エーカー(約4.9ヘクタール)の敷地に建設する。
 ・パイロットや救急救命士、整備士など22人が勤務する。

 2.新しいヘリの性能

 ・夜間や低い雲の中でも飛行でき、現在の機体では難しい条件にも対応できる。

 地元の反応

 1.医療関係者

 ・アラスデア・フェニモア(Alasdair Fennimore)医療部長は「心筋梗塞や脳卒中では最初の1時間が極めて重要だ。これで命が救われる」と述べた。

 2.地元議員

 ・8年間にわたって拠点の設置を求めてきたモラグ・タロック(Morag Tulloch)議員は「島にとってこの一世代で最良の知らせだ」と語った。

 運用が始まれば、外側の島々の住民が救急医療を受けるまでの時間は大きく縮まる。

【要点】

 計画の内容

 1.新拠点

 ・建設費780万ポンド、運用費は年約460万ポンド。

 2.新しいヘリの性能

 ・平均到着時間を84分から約45分に短縮。

 地元の反応

 1.医療関係者

 ・「最初の1時間が極めて重要」。

 2.地元議員

 ・8年越しの要望が実現。

【引用・参照・底本】

Second air ambulance helicopter to halve wait for island patients Highland Crofter News 2026.10.06

https://highlandcrofternews.example/news/health/air-ambulance-second-helicopter-islands
""",
findings=[],
)
