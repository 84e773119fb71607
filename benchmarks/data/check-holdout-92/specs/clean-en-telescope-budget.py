SPEC = dict(
    lang="en", outlet="Capital Science Review", section="Space", author="Jonah Whitfield",
    title="Halcyon telescope costs climb to $2.6bn as launch slips to late 2027",
    url="https://www.capitalsciencereview.example/2025/01/14/halcyon-telescope-cost-launch-delay",
    published="2025-01-14T17:50:00-05:00", shown="January 14, 2025 5:50 PM EST",
    body=[
        "The Halcyon infrared space telescope will cost $2.6 billion, up from the $2.05 billion approved when construction began, and will not launch before the third quarter of 2027, program managers told lawmakers on Tuesday.",
        "The increase of $550 million, about 27%, was blamed mostly on problems with the telescope's sunshield and on higher prices for specialist electronics. Program director Celia Ambrose said $180 million of the extra money would be needed in the fiscal year that begins on October 1.",
        "Halcyon's main mirror is 6.5 meters (21 feet) across, made of 18 hexagonal segments. The telescope will work from a point about 1.5 million km (930,000 miles) from Earth, where it will be kept at minus 388F (minus 233C) to detect faint heat from the first galaxies.",
        "About 1,800 engineers and scientists in 14 countries are working on the project. The telescope was first proposed in 2009, and construction was approved in 2018. Managers had originally aimed for a launch in late 2025.",
        "Several members of the House science committee questioned whether the program could stay within its new budget. \"We have heard confident numbers before,\" said Representative Harold Beaumont, who chairs the panel's space subcommittee.",
        "Ambrose said testing of the sunshield would resume in March after engineers replaced 40 of its tensioning cables, and that the agency had added four months of schedule margin. She said the mission would still meet its science goals, including studying the atmospheres of at least 30 nearby exoplanets during its first five years.",
        "The agency's overall science budget for the current fiscal year is $7.3 billion. Critics warned that further overruns would squeeze smaller missions, two of which have already been delayed by a year to make room for Halcyon.",
    ],
)

DIGEST = """
ハルシオン望遠鏡:総費用26億ドル、打ち上げは2027年後半に2025年01月15日 13:30

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 赤外線宇宙望遠鏡「ハルシオン」の総費用が26億ドルに膨らみ、打ち上げは2027年7〜9月期より前にはできない見通しとなった。計画の責任者らが14日(火)、議会で説明した。

 主なハイライト

 費用の増加:建設開始時に承認された20億5000万ドルから5億5000万ドル、約27%増える。主な原因は日よけの不具合と特殊な電子部品の値上がりである。

 来年度の追加:計画責任者のシリア・アンブローズ(Celia Ambrose)氏によると、増額分のうち1億8000万ドルが10月1日に始まる会計年度に必要となる。

 文脈

 長い道のり:望遠鏡は2009年に提案され、2018年に建設が承認された。提案から16年がたつ。当初は2025年後半の打ち上げを目指していた。

 議会の懸念:下院科学委員会の宇宙小委員長ハロルド・ボーモント(Harold Beaumont)議員は「自信に満ちた数字は前にも聞いた」と疑問を呈した。

 さらなる超過が起きれば小型ミッションが圧迫されるとの警告も出ている。

【詳細】

 ハルシオンは宇宙で最初の銀河のかすかな熱をとらえることを目指す。以下、望遠鏡の概要と費用の問題をまとめる。

 望遠鏡の概要

 1.主鏡と軌道

 ・主鏡の直径は6.5メートル(21フィート)で、18枚の六角形の鏡で構成される。
 ・地球から約150万キロ(約93万マイル)離れた地点で運用され、華氏マイナス388度(摂氏マイナス233度)に保たれる。

 2.体制

 ・14カ国の技術者と科学者約1800人が携わる。
 ・最初の5年間で、少なくとも30の近くの系外惑星の大気を調べる。

 費用と日程

 1.費用の超過

 ・総費用は26億ドルで、当初の承認額を約27%上回る。
 ・機関の今年度の科学予算は73億ドルで、ハルシオンの総費用はその3分の1を超える。

 2.日程の見直し

 ・日よけの張力ケーブル40本を交換し、3月に試験を再開する。
 ・日程には4カ月の余裕を加えた。

 ハルシオンのために、小型ミッション2件がすでに1年延期されている。

【要点】

 望遠鏡の概要

 1.主鏡と軌道

 ・主鏡は直径6.5メートル、約150万キロ離れた地点で運用。

 2.体制

 ・14カ国の約1800人が参加。

 費用と日程

 1.費用の超過

 ・総費用26億ドル、5億5000万ドル増。

 2.日程の見直し

 ・打ち上げは2027年7〜9月期以降、3月に試験再開。

【引用・参照・底本】

Halcyon telescope costs climb to $2.6bn as launch slips to late 2027 Capital Science Review 2025.01.14

https://www.capitalsciencereview.example/2025/01/14/halcyon-telescope-cost-launch-delay
"""

FINDINGS = []
