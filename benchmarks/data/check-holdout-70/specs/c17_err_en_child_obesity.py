SPEC = dict(
name="err-en-child-obesity", lang="en", outlet="Southern Cross Herald", domain="southerncrossherald.example",
path="/national/health/child-obesity-rate-falls-first-time-survey", published="2026-06-24T05:00:00+10:00",
title="Child obesity rate falls for the first time in two decades, state survey shows", section="Health", author="Liam Ngata-Hughes",
paras=[
"The share of children in the state of New Carrick who are obese has fallen for the first time in more than 20 years, according to the latest Child Health Survey released by the state's health department on Tuesday.",
"The survey measured the height and weight of 9,350 children aged five to 16 at 280 schools between February and November last year. It found that 8.7 per cent were obese, down from 10.1 per cent in the previous survey in 2022, a fall of 1.4 percentage points. A further 17.3 per cent were overweight but not obese.",
"The improvement was concentrated among younger children. Among those aged five to 10, the obesity rate fell to 6.8 per cent from 9.2 per cent, while among those aged 11 to 16 it was almost unchanged at 10.9 per cent.",
"Health Minister Anika Raghavan-Strauss credited the state's 'Active Schools' programme, which since 2023 has required primary schools to provide 45 minutes of physical activity every school day. The programme cost $36 million over three years. She also pointed to the ban on sugary drinks in school canteens, which took effect in July 2022.",
"Researchers cautioned against reading too much into one result. Professor Daniel Whitlock of Carrick Bay University, who advised on the survey, said gaps between rich and poor areas had widened. In the most disadvantaged fifth of suburbs the obesity rate was 13.6 per cent, more than double the 5.9 per cent recorded in the wealthiest fifth.",
"The survey also found that only 31 per cent of children met the national guideline of at least 60 minutes of moderate activity a day, and that children spent an average of 3 hours 20 minutes a day on screens outside school, up 25 minutes on 2022.",
"The department said the next survey would be run in 2028. The government will announce in its September budget whether the Active Schools programme will be extended to secondary schools, at an estimated cost of $21 million a year.",
],
digest="""
ニュー・キャリック州:子どもの肥満率、20年余りで初めて低下2026年06月24日 08:30

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 ニュー・キャリック(New Carrick)州の保健当局が23日(火)に公表した子どもの健康調査で、子どもの肥満の割合が20年以上ぶりに低下したことがわかった。

 主なハイライト

 肥満率の低下:5〜16歳の9350人のうち8.7%が肥満で、2022年の前回調査の10.1%から1.4%下がった。さらに17.3%が肥満ではないものの太りすぎだった。

 年齢による差:5〜10歳では9.2%から6.8%に下がったが、11〜16歳は10.9%とほぼ横ばいだった。

 学校の取り組み:州は2023年から小学校に毎日45分の運動を義務づける「アクティブ・スクール」事業を進めており、3年間で3600万ドルを投じた。

 文脈

 地域の格差:最も恵まれない5分の1の地区では肥満率が13.6%で、最も裕福な5分の1の地区の5.9%の2倍を超えた。

 運動と画面時間:1日60分以上の運動の目安を満たした子どもは31%にとどまり、学校外で画面を見る時間は1日平均3時間20分と、2022年より25分増えた。

 州政府は9月の予算で、事業を中等学校に広げるかを判断する。

【詳細】

 子どもの肥満率が久しぶりに下がったが、研究者は楽観を戒めている。以下、調査の結果と今後の焦点をまとめる。

 調査の結果

 1.調査の方法

 ・昨年2〜11月に280校の5〜16歳9350人の身長と体重を測った。
 ・肥満率は8.7%となった。

 2.年齢と地域の差

 ・5〜10歳の肥満率は6.8%に下がった。
 ・最も恵まれない地区と最も裕福な地区の差は7.7ポイントに広がった。

 州の政策

 1.アクティブ・スクール

 ・アニカ・ラガヴァン=シュトラウス(Anika Raghavan-Strauss)保健相は、学校での運動と、2020年7月に始まった学校の売店での甘い飲料の販売禁止の効果を強調した。

 2.研究者の見方

 ・調査に助言したキャリック・ベイ大学のダニエル・ウィットロック(Daniel Whitlock)教授は、貧富の差による格差が広がったと指摘した。

 次回の調査は2028年に行われる。中等学校への拡大には年2100万ドルかかる見込みである。

【要点】

 調査の結果

 1.調査の方法

 ・9350人を調査、肥満率は8.7%。

 2.年齢と地域の差

 ・5〜10歳は6.8%、11〜16歳は10.9%。

 州の政策

 1.アクティブ・スクール

 ・毎日45分の運動を義務化、3年で3600万ドル。

 2.研究者の見方

 ・格差の拡大に注意を促す。

【引用・参照・底本】

Child obesity rate falls for the first time in two decades, state survey shows Southern Cross Herald 2026.06.24

https://southerncrossherald.example/national/health/child-obesity-rate-falls-first-time-survey
""",
findings=[
 ("mismatch", "error", "1.4%下がった"),
 ("mismatch", "error", "2020年7月"),
],
)
