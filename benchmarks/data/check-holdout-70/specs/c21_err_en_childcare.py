SPEC = dict(
name="err-en-childcare-fees", lang="en", outlet="Maple Shore Observer", domain="mapleshoreobserver.example",
path="/politics/childcare-fees-cap-province-budget", published="2026-02-26T18:10:00-05:00",
title="Province to cap childcare fees at $12 a day, but waiting lists grow", section="Society", author="Nathalie Okoro-Brandt",
paras=[
"Parents in the province of East Tallis will pay no more than $12 a day for a licensed childcare place from September 1, under a plan announced in the provincial budget on Thursday. Families now pay an average of $31 a day, or about $7,900 a year for a child in full-time care.",
"The cap will cost the province $1.2 billion over three years. Finance Minister Caroline Haddad-Price said the measure would save a typical family with one child about $4,800 a year and would bring thousands of parents, mostly mothers, back into work.",
"But the province has only 68,000 licensed places for about 142,000 children under the age of six, and waiting lists are already long. A survey of 1,900 parents by the advocacy group Childcare Now East Tallis found that the average wait for a place was 14 months, and that 37 per cent of parents had turned down a job or reduced their hours because they could not find care.",
"The budget promises 22,000 new places by 2029, including 6,500 in the next 18 months. To staff them, the province will raise the minimum wage for early childhood educators to $26 an hour from $21, an increase of almost 24 per cent, and offer bursaries to 3,000 students.",
"Operators warned that the cap could push some centres out of business if provincial payments did not keep pace with costs. \"We welcome lower fees, but our rent and food costs have gone up 15 per cent in two years,\" said Devi Ramkissoon, who runs three centres in the capital, Port Alder.",
"Opposition critic Jonah Beaulieu-Watts said the plan was \"a promise of cheap childcare for parents who cannot get a place\". He said the province should have built more centres before cutting fees.",
"The government said it would publish a list of new childcare centres by region in the second quarter, and that applications for operator funding would open on Monday, March 16.",
],
digest="""
イースト・タリス州:保育料を1日12ドルに上限設定、待機は拡大2026年02月27日 10:15

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 イースト・タリス(East Tallis)州は26日(木)に発表した州予算で、9月1日から認可保育施設の保育料を1日12ドルに抑えると打ち出した。現在の平均は1日31ドル、フルタイムで年約7900ドルである。

 主なハイライト

 費用と効果:上限設定には3年間で1億2000万ドルかかる。キャロライン・ハダッド=プライス(Caroline Haddad-Price)財務相は、子ども1人の典型的な家庭で年約4800ドルの節約になると述べた。

 足りない定員:認可の定員は6万8000人分しかなく、6歳未満の子ども約14万2000人の半分に満たない。

 待機の長さ:保護者団体が保護者1900人に行った調査では、入所までの平均の待ち期間は14カ月で、37%が保育先が見つからず就職を断るか勤務時間を減らしていた。

 文脈

 定員の拡大:州は2029年までに2万2000人分を増やし、うち6500人分を今後12カ月で整備する。

 保育士の賃金:保育士の最低賃金を時給21ドルから26ドルへ約24%引き上げ、学生3000人に奨学金を出す。

 事業者からは、州の支払いが費用の上昇に追いつかなければ閉鎖する施設が出かねないとの声が上がっている。

【詳細】

 州は保育料の大幅な引き下げに踏み切るが、定員不足という課題が残る。以下、計画の内容と各方面の反応をまとめる。

 州の計画

 1.保育料の上限

 ・9月1日から保育料を1日12ドルまでとする。
 ・1日31ドルからの引き下げで、保護者の負担は6割以上軽くなる。

 2.定員と人材

 ・2029年までに2万2000人分の定員を増やす。
 ・事業者向けの資金の申請受付は3月16日(月)に始まる。

 反応

 1.事業者

 ・州都ポート・オールダーで3施設を運営するデヴィ・ラムキスーン(Devi Ramkissoon)さんは「料金が下がるのは歓迎だが、家賃と食費は2年で15%上がった」と話した。

 2.野党

 ・保守党のジョナ・ボーリュー=ワッツ(Jonah Beaulieu-Watts)議員は、「入所できない保護者への安い保育の約束だ」と批判し、料金を下げる前に施設を増やすべきだったと述べた。

 州は4〜6月期に地域別の新しい保育施設の一覧を公表する予定である。

【要点】

 州の計画

 1.保育料の上限

 ・9月1日から1日12ドルが上限、3年で1億2000万ドル。

 2.定員と人材

 ・2029年までに2万2000人分を増設。

 反応

 1.事業者

 ・費用の上昇で経営を懸念。

 2.野党

 ・定員不足を批判。

【引用・参照・底本】

Province to cap childcare fees at $12 a day, but waiting lists grow Maple Shore Observer 2026.02.26

https://mapleshoreobserver.example/politics/childcare-fees-cap-province-budget
""",
findings=[
 ("mismatch", "error", "1億2000万ドル"),
 ("mismatch", "error", "12カ月"),
 ("name", "warning", "保守党"),
],
)
