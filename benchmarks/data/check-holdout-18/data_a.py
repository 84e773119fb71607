CASES = []

CASES.append(dict(
slug="singapore-bunker-record", lang="en", outlet="Maritime Asia Ledger", author="Grace Teo", section="Shipping",
url="https://www.maritimeasialedger.example/shipping/2024/03/14/singapore-bunker-sales-record-february",
title="Singapore bunker sales hit record as Red Sea diversions send ships round the Cape",
published="2024-03-14T18:30:00+08:00", time_display="14 March 2024 6:30PM (SGT)",
paras=[
"SINGAPORE — Bunker fuel sales in Singapore reached a record 5.2 million tonnes in February, up 12.4% from a year earlier, as ships diverted from the Red Sea around the Cape of Good Hope stopped to refuel at the world's largest bunkering hub, the port authority said on Thursday.",
"Container throughput at the port rose to 3.41 million twenty-foot equivalent units (TEUs) in February from 3.05 million a year earlier. Average waiting time for a berth lengthened to 2.1 days from 0.8 days, as vessels arriving off schedule bunched up at the anchorages.",
"The diversion adds about 3,500 nautical miles and 10 to 12 days to a voyage between Asia and northern Europe, burning extra fuel and tying up ships that would otherwise be available for new cargoes.",
"Freight rates have followed. Daily earnings for very large crude carriers on the Middle East to China route averaged $52,000 in February, up from $38,500 in January, according to broker Straitsview Shipping.",
"Oil supply remains tight. The Organization of the Petroleum Exporting Countries and its allies agreed at the start of the month to extend voluntary output cuts of 2.2 million barrels per day until the end of the second quarter.",
"Transport ministers of the Association of Southeast Asian Nations, meeting in Vientiane on Tuesday, agreed to share data on vessel movements and port congestion and to study a regional reserve of marine fuel.",
"&quot;Singapore is the petrol station at the end of the detour,&quot; said Raymond Koh, head of research at Straitsview. &quot;Every ship that goes round Africa to get to Rotterdam or Hamburg has to fill up somewhere, and most of them do it here.&quot;",
"Singapore accounts for about one in five tonnes of marine fuel sold worldwide. Sales of lower-emission blends containing biofuel rose to 46,000 tonnes in February, still a tiny share of the total but up from 21,000 tonnes a year earlier.",
"Shipping lines say they expect the diversions to continue at least until the summer. Insurers have raised war-risk premiums for Red Sea transits to as much as 1% of a ship's value per voyage, from about 0.05% before the attacks began.",
"The port authority said it was bringing forward the opening of two new berths at Tuas, originally planned for the end of the year, to ease congestion.",
],
digest="""シンガポール:迂回船の給油で燃料販売が過去最高に2024年03月15日 07:45

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 シンガポールの2月の船舶燃料(バンカー)販売量は前年同月比12.4%増の520万トンと過去最高を記録した。港湾当局が14日(木)に発表した。紅海を避けて喜望峰回りに航路を変えた船が、世界最大の給油拠点である同港に立ち寄ったためである。

 主なハイライト

 コンテナも増加:2月のコンテナ取扱量は341万TEU(20フィートコンテナ換算)と、前年同月の305万TEUから約12%増えた。接岸までの平均待ち時間は0.8日から2.1日に延びた。

 運賃の上昇:中東と中国を結ぶ大型原油タンカー(VLCC)の1日あたり収益は2月平均5万2000ドルで、1月の3万8500ドルから1万3500ドル上がった。

 文脈

 長い迂回:喜望峰回りでアジアと北欧州の間の航海は約3500海里(約6480キロ)、日数にして10〜12日延びる。

 原油の供給:石油輸出国機構(OPEC)と非加盟の産油国は今月初め、日量220万バレルの自主減産を6月末まで延長することで合意した。

 海運各社は、迂回が少なくとも夏まで続くとみている。

【詳細】

 紅海の混乱は、アジアの海運の要衝であるシンガポールに思わぬ特需をもたらしている。以下、港の現状と海運市場への波及をまとめる。

 シンガポール港の現状

 1.燃料とコンテナ

 ・2月の燃料販売は520万トンで過去最高。
 ・シンガポールは世界の船舶燃料販売の約5分の1を占める。
 ・バイオ燃料を混ぜた低排出燃料の販売は4万6000トンで、前年同月の2万1000トンから2倍超に増えた。

 2.混雑対策

 ・港湾当局は、年末に予定していたトゥアス地区の新バース2カ所の供用開始を前倒しする。

 海運市場への波及

 1.運賃と保険

 ・VLCCの収益は1日5万2000ドルに上昇した。
 ・保険会社は紅海通航の戦争保険料を、攻撃前の船価の約0.05%から1航海あたり最大1%へ引き上げた。

 2.アナリストの見方

 ・ストレイツビュー・シッピング(Straitsview Shipping)のレイモンド・コー(Raymond Koh)調査部長は「シンガポールは迂回路の終点にあるガソリンスタンドだ。アフリカを回ってロッテルダムやハンブルクへ向かう船はどこかで給油しなければならず、その大半がここで給油する」と語った。

 3.地域の対応

 ・東南アジア諸国連合(ASEAN)の運輸相は12日(火)にビエンチャンで会合を開き、船舶の動きや港の混雑に関するデータの共有と、船舶燃料の地域備蓄の検討で合意した。

 一方、迂回による燃料消費の増加は、海運の脱炭素化の流れに逆行する面もある。

【要点】

 シンガポール港の現状

 1.燃料とコンテナ

 ・燃料販売は前年同月比12.4%増の520万トンで過去最高。

 2.混雑対策

 ・トゥアスの新バース2カ所を前倒しで供用。

 海運市場への波及

 1.運賃と保険

 ・VLCCの収益は1カ月で1万3500ドル上昇。

 2.アナリストの見方

 ・「迂回路の終点にあるガソリンスタンド」。

 3.地域の対応

 ・ASEAN運輸相がデータ共有で合意。

【引用・参照・底本】

Singapore bunker sales hit record as Red Sea diversions send ships round the Cape Maritime Asia Ledger 2024.03.14

https://www.maritimeasialedger.example/shipping/2024/03/14/singapore-bunker-sales-record-february
""",
errs=[
("前年同月比12.4%増の520万トンと過去最高", "前年同月比12.4%増の502万トンと過去最高", "mismatch", "error", "502万トン"),
("・VLCCの収益は1カ月で1万3500ドル上昇。", "・VLCCの収益は1カ月で1万5300ドル上昇。", "mismatch", "error", "1万5300ドル"),
("運輸相は12日(火)に", "運輸相は11日(火)に", "mismatch", "error", "11日(火)"),
]))

CASES.append(dict(
slug="cement-cartel-appeal", lang="en", outlet="Highveld Legal Gazette", author="Thandiwe Nkosi", section="Courts",
url="https://www.highveldlegalgazette.example/courts/2024/07/25/sca-upholds-cement-cartel-fines",
title="Appeal court upholds R1.37bn fines on cement cartel",
published="2024-07-25T17:20:00+02:00", time_display="25 July 2024 - 17:20",
paras=[
"BLOEMFONTEIN — The Supreme Court of Appeal on Thursday dismissed appeals by three cement makers against fines totalling R1.37 billion for fixing prices, in one of the largest competition cases in South Africa's history.",
"The Competition Tribunal imposed the penalties in March 2022 after finding that Vaalkrans Cement, Karoo Bind and Limpopo Clinker had coordinated price increases and divided customers between 2015 and 2020. Vaalkrans was fined R620 million, Karoo Bind R480 million and Limpopo Clinker R270 million.",
"The five-judge bench ruled four to one against the companies. Writing for the majority, Judge Nomsa Dlamini said the evidence of meetings and exchanged price lists was &quot;overwhelming and largely uncontested&quot;. Judge Pieter van Rensburg dissented on the calculation of the Limpopo Clinker penalty but agreed that the cartel existed.",
"The companies have 60 days to pay. Vaalkrans said in a statement that it was studying the judgment and would consider an application to the Constitutional Court.",
"During the period of the cartel, the price of a 50kg bag of cement rose from R89 to R112, the tribunal found, and prices were on average 18% higher than they would have been in a competitive market.",
"&quot;This judgment sends a clear message that the cost of collusion will be borne by the colluders and not by South African households,&quot; said Competition Commissioner Lindiwe Mahlangu. &quot;Cement is in every house, every clinic and every school we build.&quot;",
"The Competition Commission began its investigation in 2019 after a whistleblower at one of the companies came forward. The appeal was heard in Bloemfontein last November.",
"The construction industry body said the fines would not reverse the harm already done to small builders. Its chief executive, Johan Steyn, said members had lost contracts because they could not absorb price increases, and called for a compensation fund.",
"Shares in Vaalkrans, the only one of the three companies listed on the Johannesburg Stock Exchange, fell 3.1% on Thursday. The company has already set aside the full amount of its fine in its accounts.",
"Under competition law, fines can reach 10% of a firm's annual turnover. The tribunal said the penalties imposed were between 6% and 8% of turnover for each company.",
],
digest="""南ア最高控訴裁:セメント3社のカルテル制裁金を支持2024年07月26日 06:30

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 南アフリカの最高控訴裁判所は25日(木)、セメント大手3社が価格カルテルで科された総額13億7000万ランドの制裁金を不服として起こした控訴を棄却した。同国の競争法違反事件として過去最大級となる。

 主なハイライト

 3社の制裁金:競争審判所は2022年3月、ヴァールクランス・セメント(Vaalkrans Cement)に6億2000万ランド、カルー・バインド(Karoo Bind)に4億8000万ランド、リンポポ・クリンカー(Limpopo Clinker)に2億7000万ランドの制裁金を科した。3社は2015〜2020年の6年間、値上げを調整し、顧客を分け合っていた。

 4対1の判断:5人の裁判官のうち4人が会社側の主張を退けた。反対意見のピーテル・ファン・レンスブルク(Pieter van Rensburg)判事も、カルテルの存在自体は認めた。

 文脈

 価格への影響:カルテルの期間中、50キロ入りセメント1袋の価格は89ランドから112ランドへ23ランド値上がりした。価格は競争市場の水準より平均18%高かった。

 今後の手続き:3社は60日以内に支払わなければならない。ヴァールクランスは憲法裁判所への申し立てを検討するとしている。

 建設業界からは、制裁金だけでは中小の建設業者が受けた被害は回復しないとの声も上がっている。

【詳細】

 最高控訴裁の判断で、長年続いたセメントカルテル事件は大きな区切りを迎えた。以下、判決の内容と各方面の反応をまとめる。

 判決の内容

 1.多数意見

 ・多数意見を執筆したノムサ・ドラミニ(Nomsa Dlamini)判事は、会合や価格表のやり取りの証拠は「圧倒的で、ほとんど争われていない」と述べた。

 2.反対意見

 ・ファン・レンスブルク判事は、リンポポ・クリンカーの制裁金の算定についてのみ異論を示した。

 3.制裁金の水準

 ・競争法上、制裁金の上限は年間売上高の10%。今回の制裁金は各社の売上高の6〜8%にあたる。

 各方面の反応

 1.競争委員会

 ・リンディウェ・マシュランガ(Lindiwe Mahlangu)競争委員長は「談合の代償は南アの家庭ではなく、談合した者が負うという明確なメッセージだ。セメントは私たちが建てるすべての家、診療所、学校に使われている」と語った。
 ・委員会の調査は、内部告発をきっかけに2019年に始まった。控訴審の審理は2023年11月にブルームフォンテーンで行われた。

 2.企業と業界

 ・3社のうち唯一ヨハネスブルク証券取引所に上場するヴァールクランスの株価は、25日に3.1%下落した。同社は制裁金の全額をすでに引き当てている。
 ・建設業界団体のヨハン・ステイン(Johan Steyn)最高経営責任者は、値上げを吸収できずに契約を失った会員がいるとして、補償基金の設立を求めた。

 判決が確定すれば、南アの競争当局にとって大きな勝利となる。

【要点】

 判決の内容

 1.多数意見

 ・4対1で控訴を棄却、証拠は「圧倒的」。

 2.反対意見

 ・反対意見は制裁金の算定方法のみ。

 3.制裁金の水準

 ・総額13億7000万ランド、売上高の6〜8%。

 各方面の反応

 1.競争委員会

 ・「談合の代償は談合した者が負う」。

 2.企業と業界

 ・ヴァールクランス株は3.1%安、業界は補償基金を要求。

【引用・参照・底本】

Appeal court upholds R1.37bn fines on cement cartel Highveld Legal Gazette 2024.07.25

https://www.highveldlegalgazette.example/courts/2024/07/25/sca-upholds-cement-cartel-fines
""",
errs=[
("・総額13億7000万ランド、売上高の6〜8%。", "・総額13億7000万ドル、売上高の6〜8%。", "mismatch", "error", "13億7000万ドル"),
("・4対1で控訴を棄却", "・3対2で控訴を棄却", "mismatch", "error", "3対2"),
("・ヴァールクランス株は3.1%安", "・ファールクランス株は3.1%安", "spelling", "warning", "ファールクランス"),
]))
