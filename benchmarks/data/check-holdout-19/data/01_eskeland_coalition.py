SLUG = "eskeland-coalition"
LANG = "en"
META = dict(
    site="The Fjordside Evening Ledger",
    title="Halvorsen opens coalition talks with Greens and Liberals after Eskeland vote",
    url="https://www.fjordsideledger.example/politics/2025/10/14/halvorsen-coalition-talks-greens-liberals",
    published="2025-10-14T21:40:00+02:00",
    time_display="Tuesday 14 October 2025, 21.40",
    author="Marit Solheim",
    section="Politics",
)
BODY = [
    "Ingrid Halvorsen, whose Social Democrats emerged as the largest party in Sunday’s general election, opened formal coalition talks with the Greens and the Liberal People’s Party on Tuesday, a combination that would still fall short of a majority in the 150-seat National Assembly.",
    "Final results published by the Electoral Commission on Monday gave the Social Democrats 41 seats, up from 34 in 2021. The Centre Alliance of the outgoing prime minister, Mats Brenner, won 38 seats, down from 47, while the nationalist National Progress party took 29, its best result since it was founded in 1998.",
    "The Greens won 17 seats and the Liberal People’s Party 14. The Left Union, which had hoped to join a centre-left government, won 11.",
    "Turnout was 71.4 per cent, the highest in two decades and up from 66.9 per cent at the last election.",
    "A government needs the support of at least 76 members to survive a confidence vote. Halvorsen’s preferred partners would bring her to 72, leaving her dependent on either the Left Union or individual members of the Centre Alliance.",
    "“We have a mandate for change, and I intend to build a government that can deliver it,” Halvorsen, 52, told reporters outside parliament after the first round of talks, which lasted just under four hours. “Nobody should expect this to be finished in a week.”",
    "Brenner, who has led the Centre Alliance since 2011 and has been prime minister since 2017, conceded defeat on election night but said on Tuesday that his party was “ready to take responsibility” if the talks failed. A so-called grand coalition of the two largest parties would command 79 seats.",
    "Greens leader Sofie Lund said her party’s conditions included a binding target to cut emissions by 65 per cent by 2035 compared with 1990 levels and an end to new offshore drilling licences. The Liberals want income tax cuts worth 4.2 billion crowns over four years, which the Social Democrats have described as unaffordable.",
    "Under the constitution, the new National Assembly must convene within 14 days of the election. It will meet for the first time on Monday October 20, and President Aurel Vinter is expected to ask Halvorsen formally to form a government the same day.",
    "The next round of talks is scheduled for Thursday at 7.30pm local time, party officials said. Halvorsen said she hoped to present a coalition agreement “before Christmas”.",
    "Analysts said the arithmetic left little room for error. “Seventy-two seats is a workable minority only if the Left Union agrees to abstain on budgets,” said Petra Aas, a political scientist at Varnholm University. The Left Union’s leader, Jonas Ekdal, said on Tuesday evening that his party would “not sign a blank cheque”.",
]
HEADLINE = "エスケランド:総選挙から連立交渉へ"
POSTED = "2025年10月15日 08:20"
CREDIT = "国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成"
DIGEST = """
【概要】

 エスケランドで12日に行われた総選挙で第1党となった社会民主党のイングリッド・ハルボルセン(Ingrid Halvorsen)党首は14日、緑の党および自由人民党との正式な連立交渉を始めた。ただし3党の議席を合わせても、定数150の国民議会で過半数には届かない。

 主なハイライト

 選挙結果:選挙管理委員会が13日に公表した最終結果によると、社会民主党は41議席で、2021年の34議席から7議席伸ばした。退任するマッツ・ブレンナー(Mats Brenner)首相の中道同盟は47議席から38議席へ9議席減らし、民族主義政党の国民進歩党は29議席と、1998年の結党以来最高の結果となった。

 過半数に4議席不足:信任投票を乗り切るには76議席以上の支持が必要だが、社会民主党に緑の党(17議席)と自由人民党(14議席)を加えた3党の合計は72議席にとどまる。

 投票率:投票率は71.4%と過去20年で最も高く、前回の66.9%を4.5ポイント上回った。

 文脈

 大連立という選択肢:2011年から中道同盟を率い、2017年から約8年にわたり首相を務めてきたブレンナー氏は敗北を認めたが、交渉が失敗すれば「責任を担う用意がある」と述べた。第1党と第2党による大連立なら79議席となる。

 連立の条件:緑の党は2035年までに排出量を1990年比で65%削減する拘束力のある目標と、新たな海洋掘削許可の停止を求める。自由人民党は4年間で42億クローネ規模の所得減税を求めているが、社会民主党は財源がないとしている。

 ハルボルセン氏は「クリスマス前」の連立合意を目指すとしているが、安定した政権運営には左派連合の協力が鍵を握る。

【詳細】

 社会民主党が第1党に躍進したものの、新政権の枠組みづくりは難航が予想される。以下、選挙結果と交渉の行方を整理する。

 選挙結果

 1.各党の議席

 ・社会民主党:41議席(前回34議席)
 ・中道同盟:38議席(前回47議席)
 ・国民進歩党:29議席
 ・緑の党:17議席、自由人民党:14議席、左派連合:11議席

 2.投票率

 ・投票率は71.4%で、過去20年で最高となった。
 ・前回2021年の66.9%から4.5ポイント上昇した。

 連立交渉の行方

 1.ハルボルセン氏の構想

 ・14日の初回協議は4時間弱に及んだ。
 ・52歳のハルボルセン氏は「われわれには変革の負託がある」と述べる一方、「1週間で終わると考えるべきではない」とくぎを刺した。
 ・次回の協議は16日(木)午後7時半(現地時間)、日本時間17日午前2時半に予定されている。

 2.過半数への道

 ・3党の連立では72議席にとどまり、左派連合か中道同盟の一部議員の支持に頼ることになる。
 ・ヴァルンホルム大学の政治学者ペトラ・オース(Petra Aas)氏は「72議席で機能する少数政権は、左派連合が予算案の採決で棄権に同意した場合に限られる」と指摘した。
 ・左派連合のヨナス・エクダール(Jonas Ekdal)党首は「白紙委任状には署名しない」と述べた。

 3.今後の日程

 ・憲法は、選挙から14日以内に新議会を招集するよう定めている。
 ・新議会は20日(月)に初めて開かれ、アウレル・ヴィンター(Aurel Vinter)大統領が同日、ハルボルセン氏に組閣を正式に要請する見通しである。

 新政権が少数与党となるのか、それとも大連立に向かうのかが当面の焦点となる。

【要点】

 選挙結果

 1.各党の議席

 ・社会民主党41、中道同盟38、国民進歩党29、緑の党17、自由人民党14、左派連合11議席。

 2.投票率

 ・71.4%で前回比4.5ポイント上昇、過去20年で最高。

 連立交渉の行方

 1.ハルボルセン氏の構想

 ・緑の党・自由人民党と交渉開始、次回は日本時間17日午前2時半から。

 2.過半数への道

 ・3党で72議席、過半数の76議席に4議席足りない。

 3.今後の日程

 ・新議会は20日に招集、クリスマス前の連立合意を目指す。
"""
ERRORS = [
    dict(old="4.5ポイント", new="4.5%", kind="mismatch", severity="error", span="4.5%"),
    dict(old="日本時間17日午前2時半", new="日本時間16日午前2時半", kind="mismatch", severity="error", span="日本時間16日午前2時半"),
    dict(old="左派連合のヨナス・エクダール", new="緑の党のヨナス・エクダール", kind="name", severity="warning", span="緑の党のヨナス・エクダール"),
]
