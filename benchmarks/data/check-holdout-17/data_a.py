CASES = []

CASES.append(dict(
slug="ghana-copper-output", lang="en", outlet="Gold Coast Mining Review", author="Kwesi Mensah-Bonsu", section="Mining",
url="https://www.goldcoastminingreview.example/companies/2024/10/24/akwatia-third-quarter-copper-output",
title="Akwatia Resources lifts third-quarter copper output 18% as new pit ramps up",
published="2024-10-24T09:15:00+00:00", time_display="Thursday 24 October 2024, 09:15 GMT",
paras=[
"ACCRA — Akwatia Resources, the Accra-listed copper miner, said on Thursday that output in the third quarter rose 18% from a year earlier to 41,300 tonnes, helped by the new Nsuta East pit, which reached full capacity in August.",
"Revenue for the July-September period climbed to 2.86 billion cedis, up from 2.14 billion cedis a year earlier, while the company's all-in sustaining cost fell to $3,410 per tonne from $3,720.",
"Chief executive Abena Owusu-Darko told analysts that the company was on track to produce between 160,000 and 170,000 tonnes in 2024, the upper half of its guidance. &quot;Nsuta East has done what we said it would do, and a bit more,&quot; she said.",
"The company employs 6,200 people, of whom 4,650 are Ghanaian nationals working directly at its two mines, Nsuta East and the older Tarkwa North, which opened in 1998.",
"Of the 41,300 tonnes produced in the quarter, 27,500 tonnes came from Nsuta East and 13,800 tonnes from Tarkwa North, where ore grades have been declining for several years.",
"Akwatia also said it would pay an interim dividend of 0.45 cedis per share on December 6, its first interim payout since it listed on the Ghana Stock Exchange in 2011.",
"The results come as the government negotiates a new fiscal regime for the mining sector. Finance ministry officials have proposed raising the royalty on copper from 5% to 6.5%, a move the Ghana Chamber of Mines says would cost the industry about 900 million cedis a year.",
"The International Monetary Fund, whose $3 billion loan programme with Ghana runs until 2026, has urged the government to broaden its tax base but has not commented on the royalty proposal.",
"Shares in Akwatia rose 4.2% in Accra trading on Thursday to 12.80 cedis, giving the company a market value of about 9.6 billion cedis.",
"Owusu-Darko said the company would decide early next year whether to build a processing plant at Nsuta East, which would cost an estimated $480 million. A decision had originally been expected by the end of this year.",
],
digest="""ガーナ銅山:新鉱区がけん引し7〜9月期18%増産2024年10月25日 08:30

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 ガーナの首都アクラに上場する銅鉱山会社アクワティア・リソーシズ(Akwatia Resources)は24日、2024年7〜9月期の銅生産量が前年同期比18%増の4万1300トンになったと発表した。8月にフル稼働に達した新鉱区ヌスタ・イースト(Nsuta East)が増産をけん引した。

 主なハイライト

 売上高の拡大:7〜9月期の売上高は28億6000万セディと、前年同期の21億4000万セディから約34%増えた。1トンあたりの総維持コストは3720ドルから3410ドルに下がった。

 新鉱区の比重:四半期の生産量のうち約3分の2にあたる2万7500トンがヌスタ・イーストで、残る1万3800トンは1998年開業のタルクワ・ノース(Tarkwa North)で生産された。

 文脈

 鉱業税制の見直し:政府は銅のロイヤルティを5%から6.5%へ1.5ポイント引き上げる案を示しており、ガーナ鉱業会議所は業界の負担が年間約9億セディ増えると試算している。

 IMFの融資:国際通貨基金(IMF)は2026年までの30億ドルの融資プログラムのもとで課税ベースの拡大を求めているが、ロイヤルティ案には言及していない。

 好調な決算を受けて株価は上昇したが、加工工場の建設判断は当初の予定より遅れ、来年初めにずれ込む。

【詳細】

 新鉱区の本格稼働で、アクワティアの四半期業績は大きく伸びた。以下、生産と財務、経営の課題を整理する。

 生産と業績

 1.生産量

 ・7〜9月期の生産量は4万1300トンで、前年同期比18%増。
 ・ヌスタ・イーストが2万7500トン、タルクワ・ノースが1万3800トンを生産した。タルクワ・ノースは開業から26年がたち、鉱石の品位が数年来低下している。
 ・2024年通年では16万〜17万トンを見込み、計画の上半分に入る見通しである。

 2.財務

 ・売上高は28億6000万セディで、前年同期より7億2000万セディ増えた。
 ・総維持コストは1トンあたり3410ドルと、310ドル下がった。
 ・24日のアクラ市場で株価は4.2%高の12.80セディとなり、時価総額は約96億セディに達した。

 3.配当と雇用

 ・12月6日に1株あたり0.45セディの中間配当を支払う。2011年にガーナ証券取引所に上場して以来、初めての中間配当となる。
 ・従業員6200人のうち4650人、7割超がガーナ国籍で、2つの鉱山で直接働いている。

 経営陣の見通しと課題

 1.経営陣の発言

 ・アベナ・オウス=ダルコ(Abena Owusu-Darko)最高経営責任者は「ヌスタ・イーストは約束どおりの成果を上げ、それ以上のことをしてくれた」と述べた。

 2.加工工場と税制

 ・ヌスタ・イーストの加工工場は推定4億8000万ドルの事業で、建設の是非は来年初めに判断する。当初は年内に決める予定だった。
 ・ロイヤルティの引き上げ案について、IMFは意見を示していない。

 一方、税制改正の行方しだいでは、業界全体で年9億セディ近い負担増となる可能性があり、増産の効果が一部相殺されるおそれもある。

【要点】

 生産と業績

 1.生産量

 ・7〜9月期は前年同期比18%増の4万1300トン。
 ・約3分の2をヌスタ・イーストが占める。

 2.財務

 ・売上高は28億6000万セディ、総維持コストは1トン3410ドル。
 ・株価は4.2%上昇し12.80セディ。

 3.配当と雇用

 ・12月6日に1株0.45セディの中間配当、上場以来初めて。
 ・従業員の7割超がガーナ国籍。

 経営陣の見通しと課題

 1.経営陣の発言

 ・新鉱区は「約束どおりの成果」とCEO。

 2.加工工場と税制

 ・4億8000万ドルの加工工場は来年初めに判断。
 ・ロイヤルティは5%から6.5%への引き上げ案。

【引用・参照・底本】

Akwatia Resources lifts third-quarter copper output 18% as new pit ramps up Gold Coast Mining Review 2024.10.24

https://www.goldcoastminingreview.example/companies/2024/10/24/akwatia-third-quarter-copper-output
""",
errs=[
("前年同期比18%増の4万1300トンになった", "前年同期比18%増の4万3100トンになった", "mismatch", "error", "4万3100トン"),
("1998年開業", "1989年開業", "mismatch", "error", "1989年"),
("・約3分の2をヌスタ・イーストが占める。", "・約8割をヌスタ・イーストが占める。", "mismatch", "error", "約8割"),
]))

CASES.append(dict(
slug="vancouver-osaka-route", lang="en", outlet="Skyward Transport Journal", author="Priya Raman", section="Airlines",
url="https://skywardtransport.example/airlines/meridian-pacific-vancouver-osaka-launch",
title="Meridian Pacific to fly Vancouver-Osaka from March 9 after record quarter",
published="2025-03-05T16:40:00-08:00", time_display="March 5, 2025 4:40 p.m. PST",
paras=[
"VANCOUVER — Meridian Pacific Airways will open its first route to Japan's Kansai region this weekend, with the inaugural flight to Osaka scheduled to leave Vancouver International Airport at 1:50 p.m. local time on Sunday, March 9.",
"The flight, operated with a 298-seat Boeing 787-9, is due to land at Kansai International Airport at 4:30 p.m. local time on Monday, March 10, after a journey of about 10 hours and 40 minutes over a great-circle distance of 4,890 miles.",
"The carrier will start with three flights a week, on Sundays, Wednesdays and Fridays, and plans to go daily from June 1 if bookings hold up. Chief commercial officer Daniel Whitcombe said advance sales for the first month were running at about 80% of capacity.",
"The launch comes a week after Meridian Pacific reported its strongest fourth quarter since it was founded in 2009. Net profit in the October-December period rose to C$84 million from C$61 million a year earlier, on revenue of C$1.12 billion.",
"The airline's load factor, the share of seats filled with paying passengers, rose to 86.4% in the quarter from 83.1% a year earlier.",
"&quot;Japan is the market our customers have asked us about more than any other,&quot; Whitcombe said. &quot;Osaka gives us a second gateway after Tokyo, and Kansai has the connections into the rest of Asia that our business travellers want.&quot;",
"Meridian Pacific operates 47 aircraft and has 12 Airbus A321neo jets on order for delivery between 2026 and 2028. Fuel accounted for 28% of its operating costs last year, down from 31% in 2023.",
"The Vancouver-Osaka route puts the carrier in direct competition with two Japanese airlines on transpacific routes. Analysts at Coastline Securities estimate that the route will need an average load factor of at least 75% to break even in its first year.",
"The airline said the first flight would carry a delegation from the British Columbia provincial government, which is seeking to expand trade links with the Kansai region, including exports of seafood and timber.",
],
digest="""メリディアン・パシフィック航空:バンクーバーから大阪へ2025年03月06日 12:15

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 カナダのメリディアン・パシフィック航空(Meridian Pacific Airways)は、バンクーバーと大阪(関西国際空港)を結ぶ路線を開設する。初便はバンクーバーを現地時間3月9日(日)午後1時50分、日本時間では10日午前5時50分に出発する。同社にとって関西地方への初めての路線となる。

 主なハイライト

 初便の行程:298席のボーイング787-9で運航し、約10時間40分、大圏距離で約7870キロを飛んで、関西空港に現地時間10日(月)午後4時30分に到着する予定。

 好調な業績:2009年の創業以来最高となった2024年10〜12月期の純利益は8400万カナダドルで、前年同期の6100万カナダドルから2300万カナダドル増えた。

 文脈

 搭乗率の改善:有償旅客が座席を埋めた割合を示す搭乗率は86.4%と、前年同期の83.1%から3.3ポイント上昇した。

 競争環境:新路線では日本の航空会社2社と太平洋路線で競合する。コーストライン証券(Coastline Securities)のアナリストは、初年度の採算ラインを平均搭乗率75%以上と見積もっている。

 同社は週3便で始め、予約が堅調なら6月1日から毎日運航に切り替える方針である。

【詳細】

 好決算を発表した直後の新路線開設で、メリディアン・パシフィックは東京に次ぐ日本の2つ目の玄関口を得る。以下、路線の概要と同社の経営状況をまとめる。

 新路線の概要

 1.初便のスケジュール

 ・バンクーバー発は3月9日(日)午後1時50分(現地時間)。この日未明にカナダは夏時間に移行しているため、日本時間では10日午前5時50分となる。
 ・関西空港着は10日(月)午後4時30分(日本時間)。
 ・機材は298席のボーイング787-9。

 2.運航計画と予約

 ・当初は日・水・金曜日の週3便で、6月1日から毎日運航とする計画。
 ・ダニエル・ウィットコム(Daniel Whitcombe)最高商務責任者によると、最初の1カ月の事前予約は座席の約8割に達している。
 ・初便には関西との貿易拡大を目指すブリティッシュコロンビア州政府の代表団が搭乗する。水産物や木材の輸出拡大が狙いの一部である。

 経営状況

 1.10〜12月期決算

 ・純利益は8400万カナダドル、売上高は11億2000万カナダドルだった。
 ・搭乗率は86.4%で、前年同期比3.3ポイント改善した。

 2.機材と費用

 ・保有機は47機で、エアバスA321neoを12機発注済み。2026〜2028年に受領する。
 ・2024年の営業費用に占める燃料費の割合は28%で、2023年の31%から3ポイント下がった。

 3.戦略

 ・ウィットコム氏は「日本は顧客から最も多く要望のあった市場だ。大阪は東京に次ぐ2つ目の玄関口となり、関西にはビジネス客が求めるアジア各地への乗り継ぎがある」と語った。

 創業から16年の同社にとって、大阪線は日本市場での存在感を高める試金石となる。

【要点】

 新路線の概要

 1.初便のスケジュール

 ・バンクーバー発3月9日午後1時50分(日本時間10日午前5時50分)。
 ・関西空港着は10日午後4時30分。

 2.運航計画と予約

 ・週3便で開始し、6月1日から毎日運航を計画。
 ・最初の1カ月の予約は約8割。

 経営状況

 1.10〜12月期決算

 ・純利益8400万カナダドル、搭乗率86.4%。

 2.機材と費用

 ・47機を保有、A321neoを12機発注。
 ・燃料費の比率は28%。

 3.戦略

 ・大阪は東京に次ぐ「2つ目の玄関口」。

【引用・参照・底本】

Meridian Pacific to fly Vancouver-Osaka from March 9 after record quarter Skyward Transport Journal 2025.03.05

https://skywardtransport.example/airlines/meridian-pacific-vancouver-osaka-launch
""",
errs=[
("日本時間では10日午前5時50分に出発する", "日本時間では10日午前6時50分に出発する", "mismatch", "error", "午前6時50分"),
("前年同期の83.1%から3.3ポイント上昇した", "前年同期の83.1%から3.3%上昇した", "mismatch", "error", "3.3%"),
("https://skywardtransport.example/airlines/meridian-pacific-vancouver-osaka-launch\n", "https://skywardtransport.example/airlines/meridian-pacific-vancouver-osaka-launch?utm_source=newsletter&utm_medium=email&utm_campaign=daily_brief&sub_id=558213\n", "citation", "warning", "https://skywardtransport.example/airlines/meridian-pacific-vancouver-osaka-launch?utm_source=newsletter&utm_medium=email&utm_campaign=daily_brief&sub_id=558213"),
]))
