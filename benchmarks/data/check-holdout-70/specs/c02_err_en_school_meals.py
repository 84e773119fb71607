SPEC = dict(
name="err-en-school-meals", lang="en", outlet="Lakeshore Daily Record", domain="lakeshorerecord.example",
path="/education/free-school-meals-expansion-budget", published="2026-02-04T07:45:00-06:00",
title="Free school meals to reach every primary pupil in Dunmore County from September", section="Education", author="Priya Castellane",
paras=[
"Every primary school pupil in Dunmore County will be offered a free lunch from September, the county's education committee decided on Tuesday evening, in a vote of nine to four.",
"The scheme will cover 38,500 pupils at 142 primary schools. At present, 14,200 pupils qualify for free meals because of their family's income, which means roughly 24,300 children will receive a free lunch for the first time.",
"The committee estimates the cost at $27.4 million a year, or about $712 per pupil. The county already spends $10.1 million on means-tested meals, so the additional cost will be $17.3 million a year. Half of that will come from a state grant and the rest from the county's general budget.",
"A pilot run in 21 schools during the 2024-25 school year found that the share of pupils eating a school lunch rose from 58 percent to 86 percent. Teachers at the pilot schools reported fewer visits to the school nurse in the early afternoon, although the evaluation, carried out by researchers at Halvard State University, said that finding was based on a small sample.",
"Committee chair Ruth Okonjo-Barrett said the decision was \"the most important thing this committee has done in a decade\". Councillor Gideon Marsh, who voted against, said the county could not afford a permanent commitment of that size without cutting other services.",
"Kitchens at 17 schools will need new equipment before September, at a combined cost of $2.6 million. The county said the work would be done over the summer break, which begins on June 19.",
"Parents' groups welcomed the vote. A survey of 1,150 parents by the Dunmore Parents' Network in November found that 79 percent supported universal free meals, while 12 percent were opposed.",
],
digest="""
ダンモア郡:9月から全小学生に無償給食2026年02月05日 08:10

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 ダンモア郡(Dunmore County)の教育委員会は4日(火)夜、9月からすべての小学生に無償の昼食を提供することを9対4の賛成多数で決めた。

 主なハイライト

 対象の拡大:142の小学校の3万8500人が対象となる。現在、所得要件で無償給食を受けているのは1万4200人で、約2万4300人が初めて無償給食を受ける。

 費用:年間費用は2740万ドル、児童1人あたり約712ドルと見積もられている。既存の所得連動型給食に1010万ドルを支出しているため、追加費用は年間1830万ドルとなる。

 試行の成果:2024〜25年度に21校で行った試行では、給食を食べる児童の割合が58%から86%に上がった。

 文脈

 賛否:ルース・オコンジョ=バレット(Ruth Okonjo-Barrett)委員長は「この10年で委員会が行った最も重要なこと」と評価したが、反対したギデオン・マーシュ(Gideon Marsh)議員は、恒久的な負担は他の行政サービスを削らなければ賄えないと述べた。

 保護者の支持:保護者団体が11月に保護者1150人を対象に行った調査では、79%が全員無償化を支持し、反対は12%だった。

 追加費用の半分は州の補助金で賄われ、残りは郡の一般予算から支出される。

【詳細】

 郡の教育委員会は、所得にかかわらず全小学生に無償給食を提供する制度を承認した。以下、制度の中身と議論を整理する。

 制度の内容

 1.対象と費用

 ・対象は142校の3万8500人。初めて無償給食を受ける児童は約2万4300人にのぼる。
 ・年間費用は2740万ドルで、追加分の半分を州の補助金が賄う。

 2.厨房の整備

 ・17校で9月までに新しい調理設備が必要となり、費用は合計260万ドル。
 ・工事は6月19日に始まる夏休み中に行われる。

 試行と議論

 1.試行の評価

 ・ハルヴァード州立大学(Halvard State University)の研究者による評価では、試行校で給食を食べる児童の割合が58%から86%へ28ポイント上昇した。
 ・午後早い時間の保健室利用が減ったとの報告もあったが、評価は標本が小さいと注意を促している。

 2.委員会内の反対

 ・採決は9対4で、マーシュ議員らが反対した。
 ・オコンジョ=バリット委員長は決定の意義を強調した。

 郡は夏休み中に厨房の工事を終え、9月の新学期から制度を始める。

【要点】

 制度の内容

 1.対象と費用

 ・3万8500人が対象、年間2740万ドル、追加費用は1830万ドル。

 2.厨房の整備

 ・17校で260万ドルの設備更新。

 試行と議論

 1.試行の評価

 ・給食を食べる児童が58%から86%へ。

 2.委員会内の反対

 ・9対4で可決。

【引用・参照・底本】

Free school meals to reach every primary pupil in Dunmore County from September Lakeshore Daily Record 2026.02.04

https://lakeshorerecord.example/education/free-school-meals-expansion-budget
""",
findings=[
 ("mismatch", "error", "4日(火)"),
 ("mismatch", "error", "1830万ドル"),
 ("spelling", "warning", "オコンジョ=バリット"),
],
)
