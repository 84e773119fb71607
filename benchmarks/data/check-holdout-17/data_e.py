CASES = []

CASES.append(dict(
slug="etsuzan-koko-saihen", lang="ja", outlet="信越教育新聞 デジタル", author="教育部 佐伯 真理子", section="教育",
url="https://www.shinetsu-kyoiku.example/news/2024/11/21/kenritsu-koko-saihen-keikakuan",
title="県立高校59校を44校に 越山県教委が再編計画案",
published="2024-11-21T17:00:00+09:00", time_display="2024年11月21日 17:00",
paras=[
"越山県教育委員会は21日、県立高校の再編計画案を公表した。現在59校ある全日制の県立高校を、令和16年度までに44校へ統合・再編する。案は12月に開かれる県議会文教委員会に報告したうえで、来年3月の教育委員会定例会で正式に決める見通しだ。",
"背景には急速な少子化がある。県内の中学校卒業者は今春1万8420人だったが、令和16年3月には1万3950人まで減ると推計されている。10年間で4470人、率にして24.3%の減少となる。",
"今年度の入試では、59校のうち37校で志願者が募集定員を下回った。定員割れの学校は5年前の21校から16校増えた。特に県南部の山間地では、1学年1学級の小規模校が7校に上っている。",
"計画案は県内を8つの学区に分け、各学区に「拠点校」を少なくとも1校置く。拠点校は1学年6〜8学級を目安とし、普通科に加えて理数科や国際科を設ける。一方、山間部の小規模校については、地域の要望を踏まえ、全校生徒数が2年続けて80人を下回った場合に統合の協議を始める「80人基準」を新たに設ける。",
"具体的な組み合わせとしては、越山中央高校と越山東高校を令和9年4月に統合するほか、北部の3校を令和11年度に1校にまとめる。統合で使われなくなる校舎のうち4棟は、特別支援学校や地域の交流施設として活用する方針だ。",
"小林達也教育長は記者会見で「学校が減ることに不安を持つ地域があることは承知している。しかし、一定の規模がなければ部活動も選択科目も維持できない。子どもたちにとって最善の形を選びたい」と述べた。",
"一方、統合の対象となる地域からは反発の声も上がる。南部の山あいにある峰岡高校(全校生徒96人)の同窓会は、存続を求める署名1万2300筆を集め、10月末に県教委へ提出した。同窓会長の田村和子さん(68)は「高校がなくなれば若い世帯が町を出ていく。町そのものの存続にかかわる問題だ」と訴える。",
"県教委は通学の負担を和らげるため、統合によって通学距離が片道15キロを超える生徒を対象に、通学費の半額を補助する制度を新設する。必要な予算は年間約2億4000万円と見込んでいる。また、統合後の学校には最長3年間、統合前の学校の校名や校歌を残すことも認める。",
"計画案への意見は12月2日から来年1月10日まで募集する。12月7日から15日にかけては、8学区すべてで住民説明会を開く。県教委は説明会での意見を踏まえ、統合の時期や組み合わせを一部見直す可能性もあるとしている。",
"県立高校の再編は、平成20年代に進めた前回の計画で72校から59校に減らして以来となる。前回は統合に反対する住民が訴訟を起こし、計画の一部が2年遅れた経緯がある。県教委の担当者は「前回の反省を踏まえ、地域との対話に時間をかけたい」と話している。",
"全国的にも高校の統廃合は進んでいる。文部科学省の調査では、公立高校の数は過去20年で1割近く減った。越山県の計画案は、その中でも削減幅の大きい部類に入るとみられる。",
],
digest="""越山県:県立高校59校を44校へ、2034年度までに再編2024年11月22日 07:15

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 越山県教育委員会は21日、全日制の県立高校59校を2034年度までに44校へ統合・再編する計画案を公表した。15校減り、削減幅は約4分の1となる。12月の県議会文教委員会に報告し、2025年3月の教育委員会定例会で正式決定する見通しである。

 主なハイライト

 少子化の進行:県内の中学校卒業者は2024年3月の1万8420人から、2034年3月には1万3950人へ、10年で4470人(24.3%)減ると推計される。

 広がる定員割れ:今年度の入試では59校中37校、6割超で志願者が定員を下回った。5年前の21校から16校増えている。

 文脈

 拠点校と「80人基準」:県内を8学区に分けて各学区に拠点校を置く一方、山間部の小規模校は全校生徒が2年続けて80人を下回った場合に統合協議を始める。

 地域の反発:南部の峰岡高校(全校生徒96人)の同窓会は、存続を求める1万2300筆の署名を10月末に提出した。

 県立高校の再編は、平成20年代の前回計画で72校から59校へ13校減らして以来となる。

【詳細】

 少子化で定員割れが広がるなか、県教委は高校の数を大きく減らす方針を打ち出した。以下、計画案の内容と地域の反応、今後の手続きをまとめる。

 計画案の内容

 1.学区と拠点校

 ・県内を8つの学区に分け、各学区に少なくとも1校の拠点校を置く。
 ・拠点校は1学年6〜8学級を目安とし、普通科のほか理数科や国際科を設ける。

 2.統合の組み合わせ

 ・越山中央高校と越山東高校を2027年4月に統合する。
 ・北部の3校を2029年度に1校にまとめる。
 ・使われなくなる校舎のうち4棟は、特別支援学校や地域の交流施設に転用する。

 3.通学支援

 ・統合で通学距離が片道15キロを超える生徒には、通学費の半額を補助する。予算は年間約2億4000万円を見込む。
 ・統合後も最長3年間、旧校の校名や校歌を残すことを認める。

 地域の反応と今後

 1.教育長の説明

 ・小林達也教育長は「一定の規模がなければ部活動も選択科目も維持できない。子どもたちにとって最善の形を選びたい」と述べた。

 2.存続を求める声

 ・峰岡高校同窓会の田村和子会長(68)は「高校がなくなれば若い世帯が町を出ていく。町そのものの存続にかかわる」と訴えている。

 3.今後の手続き

 ・12月2日から2025年1月10日まで意見を募集し、12月7日(土)から15日(日)にかけて8学区すべてで住民説明会を開く。
 ・前回の再編では住民の訴訟で計画の一部が2年遅れており、県教委は地域との対話に時間をかける考えだ。

 全国的にも公立高校は過去20年で1割近く減っており、越山県の計画案は削減幅の大きい部類に入るとみられる。

【要点】

 計画案の内容

 1.学区と拠点校

 ・8学区に拠点校を置き、小規模校には「80人基準」。

 2.統合の組み合わせ

 ・2027年4月に中央高と東高を統合、北部3校は2029年度に1校へ。

 3.通学支援

 ・片道15キロ超の生徒に通学費の半額を補助。

 地域の反応と今後

 1.教育長の説明

 ・「子どもたちにとって最善の形を選びたい」。

 2.存続を求める声

 ・峰岡高校の存続を求め1万2300筆の署名。

 3.今後の手続き

 ・意見募集は2025年1月10日まで、説明会は12月7〜15日。

【引用・参照・底本】

県立高校59校を44校に 越山県教委が再編計画案 信越教育新聞 デジタル 2024.11.21

https://www.shinetsu-kyoiku.example/news/2024/11/21/kenritsu-koko-saihen-keikakuan
""",
errs=[
("全日制の県立高校59校を2034年度までに44校へ", "全日制の県立高校59校を2036年度までに44校へ", "mismatch", "error", "2036年度"),
("今年度の入試では59校中37校、6割超で", "今年度の入試では59校中27校、6割超で", "mismatch", "error", "27校"),
("1万2300筆の署名を10月末に提出した。", "1万2300筆の署名を10月末に提出した。町の人口約2万人の半数を超える数である。", "unsupported", "warning", "約2万人"),
]))

CASES.append(dict(
slug="malaria-vaccine-trial", lang="en", outlet="Clinical Frontiers Weekly", author="Naomi Achterberg", section="Vaccines",
url="https://www.clinicalfrontiers.example/vaccines/2024/06/11/mx-221-malaria-vaccine-phase-3-results",
title="Malaria vaccine MX-221 cuts cases by 74% in children, late-stage trial shows",
published="2024-06-11T10:00:00+01:00", time_display="11 June 2024, 10:00 BST",
paras=[
"KIGALI — A malaria vaccine developed by Meridex Biologics cut clinical cases among young children by 74% over 12 months in a late-stage trial, researchers told the Pan-African Vaccine Congress in Kigali on Monday.",
"The trial enrolled 4,820 children aged 5 to 17 months in Rwanda, Malawi and Burkina Faso. Two thirds of them, 3,214 children, received three doses of the vaccine, called MX-221; the remaining 1,606 received a placebo.",
"There were 112 cases of clinical malaria in the vaccine group and 211 in the placebo group. Protection against severe malaria was higher: nine severe cases among vaccinated children against 27 in the placebo group, a reduction of 83%.",
"Serious adverse events were reported in 1.2% of vaccinated children and 1.4% of those given placebo. None of the deaths during the trial was judged to be related to the vaccine.",
"&quot;For the first time we are seeing this level of protection with a three-dose schedule,&quot; said Dr Aline Uwimana, the trial's lead investigator. &quot;Fewer visits to the clinic means more children complete the course.&quot;",
"Meridex plans to apply for prequalification by the World Health Organization in the fourth quarter of this year, a step that would allow United Nations agencies to buy the vaccine. The company says it could supply 60 million doses a year from 2026 at a price of about $3.90 per dose.",
"The vaccine can be kept at 36 to 46 degrees Fahrenheit for up to 24 months, the same range as routine childhood vaccines, which should make it easier to distribute in rural clinics.",
"Malaria killed an estimated 608,000 people in 2022, about 80% of them children under five in Africa, according to World Health Organization figures.",
"The trial cost $145 million, of which $90 million came from the Lumen Health Foundation.",
"Not all experts were convinced. Professor Samuel Okafor of the University of Ibadan noted that efficacy fell to 58% in months 13 to 18 and said a booster dose might be needed. &quot;The first year is impressive. The question is what happens in the second,&quot; he said.",
],
digest="""マラリアワクチン:小児の発症を74%減らす、最終段階の治験2024年06月12日 06:40

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 メリデックス・バイオロジクス(Meridex Biologics)が開発したマラリアワクチン「MX-221」が、最終段階の臨床試験で幼児の臨床的マラリアの発症を12カ月間で74%減らした。研究者が10日(月)、ルワンダの首都キガリで開かれた汎アフリカ・ワクチン会議で発表した。

 主なハイライト

 治験の規模:ルワンダ、マラウイ、ブルキナファソの生後5〜17カ月の子ども4820人が参加し、3分の2にあたる3214人がワクチンを3回接種、残る1606人が偽薬を受けた。

 重症化の予防:重症マラリアはワクチン群9人、偽薬群27人で、83%減った。臨床的マラリアはワクチン群112人、偽薬群211人だった。

 文脈

 供給計画:メリデックスは2024年10〜12月期に世界保健機関(WHO)の事前認証を申請する計画で、2026年から年間6000万回分、1回約3.90ドルで供給できるとしている。3回接種で換算すると2000万人分にあたる。

 マラリアの被害:WHOによると、2022年のマラリアによる死者は推計60万8000人で、その約8割がアフリカの5歳未満の子どもだった。

 一方、効果が2年目に落ちることを指摘する専門家もおり、追加接種の必要性が議論になりそうだ。

【詳細】

 3回接種で高い予防効果を示したMX-221は、途上国の小児医療にとって有力な選択肢となりうる。以下、治験の結果と実用化への課題を整理する。

 治験の結果

 1.有効性

 ・12カ月間の臨床的マラリアの減少率は74%。
 ・重症マラリアの減少率は83%。
 ・13〜18カ月目には有効率が58%に下がり、最初の12カ月から16ポイント低下した。

 2.安全性

 ・重い有害事象はワクチン群の1.2%、偽薬群の1.4%で報告された。
 ・治験中の死亡にワクチンとの関連が認められた例はなかった。

 実用化への道のり

 1.認証と供給

 ・事前認証を受ければ、国連機関がワクチンを購入できるようになる。
 ・保存温度は華氏36〜46度(摂氏約2〜8度)で、最長24カ月保存できる。通常の小児用ワクチンと同じ条件で、農村部の診療所にも配りやすい。

 2.費用

 ・治験費用は1億4500万ドルで、うち9000万ドルをルーメン保健財団(Lumen Health Foundation)が拠出した。

 3.専門家の評価

 ・治験責任者のアリーヌ・ウウィマナ(Aline Uwimana)医師は「3回の接種でこの水準の予防効果が得られたのは初めてだ。通院の回数が減れば、接種を完了できる子どもが増える」と語った。
 ・イバダン大学のサミュエル・オカフォー(Samuel Okafor)教授は「1年目の成績は見事だ。問題は2年目に何が起きるかだ」と述べ、追加接種が必要になる可能性を指摘した。

 承認と量産が計画どおり進めば、2026年以降、アフリカの小児マラリア対策に新たな手段が加わることになる。

【要点】

 治験の結果

 1.有効性

 ・臨床的マラリアを74%、重症マラリアを83%減少。
 ・13〜18カ月目は58%に低下。

 2.安全性

 ・重い有害事象は1.2%と1.4%で差は小さい。

 実用化への道のり

 1.認証と供給

 ・10〜12月期にWHOの事前認証を申請、2026年から年6000万回分。

 2.費用

 ・治験費用1億4500万ドル、うち9000万ドルは財団が拠出。

 3.専門家の評価

 ・「問題は2年目」と追加接種の必要性を指摘する声も。

【引用・参照・底本】

Malaria vaccine MX-221 cuts cases by 74% in children, late-stage trial shows Clinical Frontiers Weekly 2024.06.11

https://www.clinicalfrontiers.example/vaccines/2024/06/11/mx-221-malaria-vaccine-phase-3-results
""",
errs=[
("生後5〜17カ月の子ども4820人が参加し", "生後5〜17カ月の子ども4280人が参加し", "mismatch", "error", "4280人"),
("・10〜12月期にWHOの事前認証を申請", "・7〜9月期にWHOの事前認証を申請", "mismatch", "error", "7〜9月期"),
("・事前認証を受ければ、国連機関がワクチンを購入できるようになる。", "・事前認証を受ければ、国連機関がワクチンを購入できるようになる。Gaviも購入を検討している。", "name", "warning", "Gavi"),
]))
