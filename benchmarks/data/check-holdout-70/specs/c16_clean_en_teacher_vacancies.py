SPEC = dict(
name="clean-en-teacher-vacancies", lang="en", outlet="The Wessmoor Gazette", domain="wessmoorgazette.example",
path="/education/2026/jan/20/teacher-vacancies-secondary-schools-report", published="2026-01-20T23:15:00+00:00",
title="Secondary schools in Wessmoor start term with 640 teaching posts unfilled", section="Education", author="Eleanor Pryce-Adeyemi",
paras=[
"Secondary schools across Wessmoor began the spring term with 640 teaching posts unfilled, the highest number since records began, according to a report published on Tuesday by the Wessmoor Education Observatory.",
"The figure is up from 470 a year earlier, an increase of 170 posts. Mathematics was the worst affected subject, with 118 vacancies, followed by physics with 74 and computing with 71. Together the three subjects account for more than two fifths of all open posts.",
"The observatory surveyed all 214 state secondary schools in the region. Of those, 139 said they had at least one vacancy, and 52 said they had been forced to use teachers without a specialist qualification for GCSE classes. Head teachers said they received an average of 3.2 applications for each advertised post, compared with 7.5 in 2019.",
"The report ranks Wessmoor fourth out of the nine regions for the share of posts unfilled. Its rate of 2.9 per cent of all teaching posts compares with a national average of 2.1 per cent. Only the North Fens, the Coastal Marches and Greater Ardley fared worse.",
"Pay is part of the problem, according to the report's author, Dr. Samuel Okafor-Lynch. A newly qualified teacher in Wessmoor earns £32,900 a year, while the median rent for a one-bedroom flat in Ardmouth, the regional capital, is £1,150 a month, or £13,800 a year, more than 40 per cent of a starting salary.",
"The regional education authority said it would spend £12.5 million in the 2026-27 financial year on a package that includes relocation grants of £5,000 for teachers moving to the region and subsidised housing for 150 early-career staff. The financial year begins on April 1.",
"Teachers' unions said the money would help but warned that workload was driving experienced teachers out. In a union survey of 2,300 members last autumn, 58 per cent said they were considering leaving the profession within five years.",
],
digest="""
ウェスムーア地域:中等学校の教員640人分が欠員のまま新学期2026年01月21日 10:30

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 ウェスムーア(Wessmoor)地域の中等学校が、教員640人分の欠員を抱えたまま春学期を迎えた。ウェスムーア教育観測所が20日(火)に公表した報告書によると、記録が残る中で最多となった。

 主なハイライト

 欠員の増加:欠員は1年前の470人分から170人分増えた。

 教科別:数学が118人分で最も多く、物理74人分、コンピューター71人分が続いた。3教科で計263人分と、全体の5分の2を超える。

 応募の減少:1件の求人への応募は平均3.2件で、2019年の7.5件の半分以下となった。

 文脈

 地域の順位:教員ポストに占める欠員の割合は2.9%で、全国平均の2.1%を0.8ポイント上回り、9地域中4番目に高かった。

 給与と家賃:新任教員の年収は3万2900ポンドだが、地域の中心都市アードマスの1寝室の住宅の家賃は中央値で月1150ポンド、年1万3800ポンドと、初任給の4割を超える。

 地域の教育当局は2026〜27会計年度に1250万ポンドの対策を講じる。

【詳細】

 教員不足が一段と深刻になっている。以下、報告書の内容と当局の対応をまとめる。

 報告書の内容

 1.学校への調査

 ・地域の公立中等学校214校すべてを調べ、139校、約3分の2が少なくとも1人分の欠員を抱えていた。
 ・52校は、GCSEの授業で専門の資格を持たない教員を充てざるを得なかった。

 2.他地域との比較

 ・欠員率が高いのはノース・フェンズ、コースタル・マーチズ、グレーター・アードリーの3地域で、ウェスムーアはそれに次ぐ4位だった。
 ・報告書を書いたサミュエル・オカフォー=リンチ(Samuel Okafor-Lynch)博士は、給与が問題の一因だと指摘した。

 当局と労働組合

 1.当局の対策

 ・4月1日に始まる2026〜27会計年度に1250万ポンドを投じる。
 ・地域に移る教員に5000ポンドの移転補助金を出し、若手150人に家賃補助付きの住宅を用意する。

 2.組合の見方

 ・組合員2300人への昨秋の調査では、58%が5年以内に教職を離れることを考えていた。

 組合は、資金は助けになるが、業務量の多さが経験ある教員を追い出していると警告している。

【要点】

 報告書の内容

 1.学校への調査

 ・欠員は640人分で過去最多、前年から170人分増加。

 2.他地域との比較

 ・欠員率2.9%で9地域中4位。

 当局と労働組合

 1.当局の対策

 ・2026〜27会計年度に1250万ポンド。

 2.組合の見方

 ・58%が5年以内の離職を検討。

【引用・参照・底本】

Secondary schools in Wessmoor start term with 640 teaching posts unfilled The Wessmoor Gazette 2026.01.20

https://wessmoorgazette.example/education/2026/jan/20/teacher-vacancies-secondary-schools-report
""",
findings=[],
)
