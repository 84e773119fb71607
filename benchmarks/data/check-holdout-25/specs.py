"""Plain specs of the fictional articles (written for this set; nothing copied)."""

CASES = {}

CASES["clean-toll-road"] = dict(
    lang="en", outlet="Midland Courier", section="Transport", author="Priya Walcott",
    title="Fenmoor Crossing toll for cars to rise to £8.10 from April",
    url="https://www.midlandcourier.example/transport/2026/mar/03/fenmoor-crossing-toll-rise",
    published="2026-03-03T07:15:00+00:00", shown="Tue 3 Mar 2026 07.15 GMT",
    body=[
        "Drivers using the Fenmoor Crossing will pay £8.10 for a single car journey from 1 April, up from £7.40, the road's operator confirmed on Monday, in the largest increase since the toll road opened in 2004.",
        "The Fenmoor Road Partnership said the charge for lorries would rise from £15.00 to £16.50, while motorcycles would continue to pay £3.20. The operator blamed higher maintenance costs and the repair of two bridges over the River Calden, which it said would cost £41m over the next five years.",
        "The 34-mile road links the port at Ashby Quay with the motorway network north of Wendlebury and carries an average of 52,000 vehicles a day, according to figures published by the operator last year.",
        "Toll income rose to £118.6m in the year to December, from £104.2m a year earlier, the partnership's annual report showed. Operating profit was £37.9m.",
        "Councillor Harriet Ogunleye, who chairs the county's transport committee, said the rise was \"a blow to commuters who have no realistic alternative\". She pointed to a survey by the council in which 612 of the 1,450 regular users questioned said they would try to avoid the road if the toll went above £8.",
        "The operator said it would widen its frequent-user scheme. Drivers who make a dozen or more trips a month will receive a 25% discount, compared with 15% today. The partnership's board is due to approve the change when it meets on Thursday.",
        "Under the concession agreed with the government, the partnership may raise tolls once a year by no more than the rate of inflation plus two percentage points. It argued that this year's increase stayed within that limit. The concession runs until 2041, when the road will pass to public ownership.",
        "Haulage groups said the 10% increase for lorries would be passed on to customers. \"Every pound on the toll ends up on the price of goods in the shops,\" said Colin Braithe of the Midland Freight Association.",
        "The Department for Transport said the rise complied with the terms of the concession and that it had no power to block it.",
    ],
)

CASES["clean-volcano-ash"] = dict(
    lang="en", outlet="North Atlantic Wire", section="World", author="Sigrun Halvard",
    title="More than 1,200 flights cancelled as Mount Hollin ash closes Vestmark airspace",
    url="https://www.northatlanticwire.example/world/2026/04/15/mount-hollin-ash-airspace-closed",
    published="2026-04-15T09:40:00+00:00", shown="15 April 2026, 09:40 GMT",
    body=[
        "Airlines cancelled 1,240 flights over two days after an eruption of Mount Hollin sent a column of ash nine kilometres into the sky and forced the Vestmark Islands to close their airspace, the islands' civil aviation authority said on Wednesday.",
        "The ban took effect at 06:00 GMT on Tuesday, about three hours after the volcano began erupting. The authority said airspace would reopen at 18:00 GMT on Wednesday if the wind continued to carry the plume away from the main airport at Port Aldous.",
        "Of the cancelled flights, 310 were due to use Port Aldous, the islands' only international airport. The rest were flights between Europe and North America that had been planned to cross the closed area and were cancelled rather than rerouted, the authority said.",
        "Around 85,000 passengers were stranded, according to an estimate by the airline association Airways North. It put the cost to its members at €48 million a day.",
        "It is the first eruption of Mount Hollin since 1973, when lava destroyed part of the fishing village of Grenvik. Scientists at the Vestmark Geological Institute said the current eruption was explosive rather than effusive, which meant fine ash rather than lava flows.",
        "\"The ash cloud reached about 30,000 feet at its peak,\" said Dr Katla Ingvarsdottir, the institute's head of volcanology. \"Activity has been falling since late on Tuesday, but we cannot rule out a second phase.\"",
        "Police evacuated 1,150 residents from three villages on the volcano's southern slope as a precaution. No injuries were reported.",
        "The islands' prime minister, Einar Brekkan, said the government would pay hotel costs for stranded travellers who could not claim them from airlines. Transatlantic carriers said they would add extra flights once the airspace reopened.",
        "In 2010 a smaller eruption elsewhere in the North Atlantic grounded flights for several days, and aviation authorities have since changed the rules to allow flights through areas of low ash concentration.",
    ],
)

CASES["clean-rugby-final"] = dict(
    lang="fr", outlet="Le Courrier du Midi", section="Rugby", author="Mathilde Esquerré", sep="|",
    title="Vallombre sacré champion de France, 28 ans après",
    url="https://www.courrierdumidi.example/sports/rugby/2026/06/07/vallombre-champion-finale",
    published="2026-06-06T23:55:00+02:00", shown="Publié le 6 juin 2026 à 23h55",
    body=[
        "L'US Vallombre est championne de France. Les Bleu et Or ont battu le Racing Club Saint-Aurel 27 à 19, samedi soir, en finale du championnat au Stade de la Garonne, devant 78 450 spectateurs. Le club n'avait plus soulevé le bouclier depuis 1998.",
        "Le coup d'envoi avait été donné à 21h05. Saint-Aurel a d'abord dominé et menait 13 à 6 à la pause grâce à un essai de son ailier fidjien Seru Vakaloa. Mais Vallombre a inscrit deux essais en dix minutes après la reprise, par son capitaine Julien Marcadet, 31 ans, puis par le talonneur Bastien Orliac.",
        "Au total, Vallombre a marqué trois essais contre un seul pour son adversaire. L'ouvreur Hugo Larrieu a réussi trois transformations et deux pénalités, soit 12 points. Il n'a manqué qu'une seule tentative.",
        "« On a attendu ce moment pendant vingt-huit ans. Je pense à tous ceux qui ont porté ce maillot avant nous », a déclaré Julien Marcadet au micro, la voix cassée.",
        "Le club avait vendu les deux tiers des billets réservés aux supporteurs des deux finalistes, soit plus que son adversaire. Trois cents d'entre eux avaient fait le voyage en autocar depuis Vallombre dès vendredi matin.",
        "Pour Saint-Aurel, tenant du titre, c'est la fin d'une série de quatorze victoires consécutives. Son entraîneur, Patrice Daumas, a reconnu que « la deuxième mi-temps a été la meilleure de Vallombre cette saison ».",
        "Le président de la Ligue, Gérard Tessandier, a remis le bouclier au capitaine peu après 23 heures. Les joueurs de Vallombre seront reçus dimanche après-midi sur la place de la mairie, où la municipalité attend plusieurs milliers de personnes.",
        "Vallombre, ville de 42 000 habitants, devient le plus petit club à remporter le titre depuis la création du championnat professionnel.",
    ],
)

CASES["clean-bus-fleet"] = dict(
    lang="ja", outlet="みなと日報", section="地域", author="佐伯 遥", sep="|",
    title="湊川市バス、EV45台導入へ 全120台を2028年度までに更新",
    url="https://www.minatonippo.example/local/20261120-minatogawa-bus-fleet",
    published="2026-11-20T06:00:00+09:00", shown="2026年11月20日 6:00",
    body=[
        "湊川市交通局は19日、市営バスの車両計120台を2028年度までに新車へ更新する計画を発表した。このうち45台を電気バス(EV)とし、残る75台はハイブリッド車とする。総事業費は38億4000万円を見込み、国の補助金で約3分の1を賄う。市営バスがEVを本格導入するのは初めて。",
        "交通局によると、現在走っている車両の平均車齢は16.2年で、全国の公営バス事業者の平均(約11年)を大きく上回っている。故障による運休は2025年度に214件と、5年前の約2倍に増えた。整備士の人手不足も重なり、車両更新が急務になっていた。",
        "計画では、まず12月から湊川駅前と臨海ニュータウンを結ぶ「みなと21号線」に電気バス8台を投入する。同路線は1日あたり約1万2000人が利用する市内最大の路線で、残る37台の電気バスも2027年度末までに順次、利用者の多い路線に配置する。ハイブリッド車は2026年度から3年かけて入れ替える。",
        "電気バスの充電設備は、湊川営業所と北浜営業所の2カ所に整備する。1回の充電で約250キロ走ることができ、1日の運行には十分だという。交通局は、全車の更新が終われば、バス事業の二酸化炭素排出量が年間約4800トン、率にして38%減ると試算している。",
        "車両価格は電気バスが1台あたり約5500万円で、ハイブリッド車の約2倍。交通局は、燃料費と整備費の削減で、電気バスの追加費用は12年ほどで回収できるとしている。",
        "20日に開かれた市議会の建設交通委員会では、更新計画について質疑が行われる予定だ。委員の一人は「運賃の値上げにつながらないのか、丁寧な説明が必要だ」と話している。交通局の森下健吾局長は「運賃は据え置く。老朽化した車両を使い続ける方が、市民の負担は大きくなる」と述べた。",
        "市営バスの利用者は、新型コロナウイルス禍の2020年度に1日あたり約4万1000人まで落ち込んだが、2025年度は約5万3000人まで回復した。ただ、コロナ前の2019年度(約5万8000人)には届いていない。",
        "交通局は、新しい車両すべてに車いす用のスロープと、行き先を4カ国語で表示する案内板を備えると説明している。運転席には、ドライバーの居眠りや体調の急変を検知するカメラも取り付ける。",
        "市内では、民間の湊川交通も2025年から電気バス6台を走らせている。同社の担当者は「公営と民間で充電設備を融通し合えれば、導入のコストを下げられる」と話しており、交通局も協議に応じる考えを示した。",
        "森下局長は、2030年代には残るハイブリッド車も含めて全車両の電動化を目指したいと述べた。",
    ],
)

CASES["err-bird-flu-cull"] = dict(
    lang="de", outlet="Elbtaler Rundschau", section="Region", author="Jonas Wiebke", sep="|",
    title="Geflügelpest in Hollerwiesen: 48.000 Legehennen werden getötet",
    url="https://www.elbtaler-rundschau.example/region/gefluegelpest-hollerwiesen-48000-hennen-100.html",
    published="2026-11-12T16:20:00+01:00", shown="12.11.2026, 16:20 Uhr",
    body=[
        "Im Landkreis Hollerwiesen ist die Geflügelpest in einem großen Legehennenbetrieb ausgebrochen. Alle 48.000 Tiere des Betriebs in Kirchbrake werden getötet, teilte das Veterinäramt des Kreises am Donnerstag mit. Der Erreger war am Dienstag vom Landeslabor nachgewiesen worden.",
        "Um den Betrieb hat der Kreis eine Schutzzone mit einem Radius von drei Kilometern und ein Beobachtungsgebiet von zehn Kilometern eingerichtet. In der Schutzzone liegen 36 Geflügelhaltungen, zwei Drittel davon kleine Hobbyhaltungen mit weniger als 50 Tieren. Für alle Betriebe gilt ab sofort eine Stallpflicht.",
        "Die Tötung der Tiere soll bis Samstag abgeschlossen sein. Eingesetzt wird ein Spezialunternehmen, das die Tiere mit Kohlendioxid betäubt. Die Kadaver werden in einer Tierkörperbeseitigungsanlage in Neuhollern entsorgt.",
        "Die Tierseuchenkasse rechnet mit Entschädigungen von rund 1,2 Millionen Euro. Der Betreiber, die Familie Harmsen, führt den Hof in dritter Generation. „Wir haben alles getan, was die Hygieneregeln verlangen“, sagte Henrik Harmsen. „Trotzdem stehen wir jetzt vor leeren Ställen.“",
        "Nach Angaben des Landesamts für Verbraucherschutz ist der Anteil positiv getesteter Wildvogelproben im Land in diesem Herbst von 4,1 auf 6,3 Prozent gestiegen. Vor allem Wildgänse und Möwen an den Flussniederungen seien betroffen. Landrätin Beate Olschewski rief Halter dazu auf, verendete Wildvögel nicht anzufassen und dem Veterinäramt zu melden.",
        "Es ist der erste Ausbruch in einem Nutzgeflügelbestand im Kreis seit Februar 2023. Damals waren in einem Putenbetrieb rund 9.500 Tiere getötet worden.",
        "Das Veterinäramt will die übrigen Betriebe in der Schutzzone in den kommenden 21 Tagen zweimal untersuchen. Erst wenn alle Proben negativ sind, können die Beschränkungen aufgehoben werden – frühestens Anfang Dezember.",
        "Eier aus der Region können nach Angaben der Behörde weiter bedenkenlos gegessen werden. Für Menschen ist das Risiko einer Ansteckung nach derzeitigem Wissen sehr gering.",
    ],
)

CASES["err-bookshop-rescue"] = dict(
    lang="en", outlet="Harbourside Ledger", section="Business", author="Tom Achterberg",
    title="Pagewell bookshops rescued in £23.5m deal but 23 stores to close",
    url="https://www.harboursideledger.example/business/2026/sep/15/pagewell-bookshops-rescue-corvane",
    published="2026-09-15T18:05:00+01:00", shown="Tue 15 Sep 2026 18.05 BST",
    body=[
        "The bookshop chain Pagewell has been rescued from administration by the investment firm Corvane Capital in a £23.5m deal that will keep 61 of its 84 shops open, the administrators said on Tuesday.",
        "The remaining 23 shops will close by the end of October, with the loss of about 480 jobs. Around 1,420 of the chain's 1,900 staff will transfer to the new owner. The deal is expected to complete on Monday 21 September, subject to approval by the court.",
        "Pagewell, founded in 1987 by the former teacher Margaret Ellery with a single shop in Harbourside, collapsed into administration in July after sales fell for three years in a row. Revenue dropped to £142m in the year to March from £171m two years earlier.",
        "Administrators from the firm Lark & Fenwick said they had received seven offers. Corvane's bid was chosen because it protected the most jobs, said Anita Desai-Holm, a partner at the firm. \"This is the best outcome we could have hoped for in a very difficult market,\" she said.",
        "Corvane, which already owns a chain of stationery shops and an online book retailer, said it would invest a further £8m in refurbishing the remaining stores and in a new loyalty scheme. Its managing partner, Rupert Vell, said Pagewell had \"a brand that readers trust and a future on the high street\".",
        "The shops set to close are mostly in smaller towns and shopping centres where rents remain high. The list includes the chain's branches in Tolleston, Maybridge and Crane Street in Harbourside.",
        "The Booksellers' Guild welcomed the rescue but warned that independent shops were also struggling. About one in five independent bookshops had seen sales fall by more than 10% in the past year, according to its latest survey.",
        "Pagewell's staff union said it would seek meetings with Corvane to secure redundancy pay for those losing their jobs.",
    ],
)

CASES["err-mobile-outage"] = dict(
    lang="es", outlet="El Heraldo Costero", section="Economía", author="Lucía Arrizabalaga", sep="|",
    title="Una caída de Telvia deja sin servicio a 4,2 millones de clientes durante más de diez horas",
    url="https://www.heraldocostero.example/economia/2026/10/08/caida-telvia-red-movil",
    published="2026-10-08T21:30:00+02:00", shown="08/10/2026 21:30 CEST",
    body=[
        "Una avería en la red de la operadora Telvia dejó sin llamadas ni datos móviles a 4,2 millones de clientes el miércoles, en la peor caída de una red de telefonía en el país en la última década. El servicio se interrumpió a las 8.40 de la mañana y no se restableció por completo hasta las 19.15, según la propia compañía.",
        "La consejera delegada de Telvia, Marisol Etxeberria, atribuyó el fallo a una actualización de software defectuosa en uno de los centros de datos de la empresa y descartó un ciberataque. «Pedimos disculpas a todos nuestros clientes. Vamos a compensar a cada uno de ellos», dijo en una rueda de prensa el jueves.",
        "La compañía abonará 10 euros a cada cliente particular y 50 euros a cada empresa afectada. En total, la compensación le costará unos 46 millones de euros, según cálculos de la propia operadora.",
        "Durante la caída, los servicios de emergencia recibieron un 30 % menos de llamadas de lo habitual, lo que preocupó a las autoridades. Protección Civil pidió a la población que usara teléfonos fijos o redes de otras operadoras para llamar al 112.",
        "La Comisión Nacional de Telecomunicaciones anunció que abrirá un expediente. Si se demuestra que la empresa no cumplió sus obligaciones de continuidad del servicio, podría imponerle una multa de hasta el 3 % de su facturación anual, que en 2025 fue de 5.800 millones de euros.",
        "Telvia es la segunda operadora del país, con una cuota del 27 % del mercado de telefonía móvil. Sus acciones cayeron un 4,6 % en la bolsa el jueves.",
        "Asociaciones de consumidores consideraron insuficiente la compensación. «Diez euros no cubren lo que perdió un autónomo que no pudo trabajar durante un día entero», dijo Andrés Pujalte, portavoz de la asociación Consumo Justo.",
        "El ministro de Transformación Digital, Óscar Lemos, convocó a las cuatro grandes operadoras a una reunión el próximo lunes para revisar los planes de contingencia.",
    ],
)

CASES["err-hospital-merger"] = dict(
    lang="en", outlet="Pacific Sentinel", section="Health", author="Dana Okafor",
    title="St. Ansel and Redwater Valley hospitals agree to merge",
    url="https://www.pacificsentinel.example/health/2026/11/19/st-ansel-redwater-valley-merger",
    published="2026-11-19T14:00:00-08:00", shown="Nov. 19, 2026 2:00 p.m. PT",
    body=[
        "St. Ansel Medical Center and Redwater Valley Hospital will merge to form a new nonprofit health system called Redwater Health, the boards of the two hospitals announced Thursday. The merger is expected to take effect in the second quarter of 2027, once state regulators have approved it.",
        "The combined system will have 700 beds — 412 at St. Ansel in Cedar Falls and 288 at Redwater Valley in Marlow — and about 8,400 employees. It will be the largest health provider in the three-county region.",
        "Both hospitals have struggled since the pandemic. Redwater Valley lost $14.2 million in the fiscal year that ended June 30, while St. Ansel reported a small surplus of $2.1 million. Emergency department visits at Redwater Valley rose to 56,400 last year from 48,000 in 2023, stretching a building designed for far fewer patients.",
        "\"Neither of us can build the hospital this region needs on our own,\" said Dr. Lorraine Whitcomb, St. Ansel's chief executive, who will lead the new system. Redwater Valley's chief executive, Martin Osei, will become its chief operating officer.",
        "The hospitals said no jobs would be cut in the first two years and that both emergency departments would remain open. They plan to spend $310 million over five years, including a new cancer center in Marlow.",
        "Nurses' union leader Gabriela Fontes said members would watch closely. \"We have heard promises like this before,\" she said. The union represents about 2,600 nurses at the two hospitals.",
        "The state attorney general's office, which reviews hospital mergers, has 90 days to respond once it receives the full filing. Patient advocates have asked for public hearings in both cities.",
        "St. Ansel was founded by a religious order, while Redwater Valley is a former county hospital that became independent in 1996.",
    ],
)

# Later paragraphs of the same articles.
CASES["clean-volcano-ash"]["body"] += [
    "Seismologists recorded more than 400 small earthquakes under the volcano in the week before the eruption, but the institute said the swarm had not pointed to an imminent eruption.",
]
CASES["clean-rugby-final"]["body"] += [
    "La fête a commencé dès le coup de sifflet final dans les rues de Vallombre, où un écran géant avait été installé sur la place du marché. Les cafés du centre-ville sont restés ouverts jusqu'à l'aube.",
    "Le club disputera la saison prochaine la Coupe d'Europe, dont il avait été absent depuis neuf saisons.",
]
CASES["clean-bus-fleet"]["body"] += [
    "計画の背景には、市が2023年に掲げた「2035年までに市の事業から出る温室効果ガスを半減させる」という目標がある。市の事業のうち、バスの排出量は全体の約15%を占めており、上下水道事業に次いで2番目に大きい。市環境政策課は「バスの更新は目標達成に欠かせない柱の一つだ」としている。",
    "一方、電気バスには冬場の暖房で走行距離が短くなるという課題もある。交通局は、北部の山あいを走る路線には当面ハイブリッド車を充て、電気バスは坂の少ない市街地や臨海部の路線から優先して投入する方針だ。充電の待ち時間を減らすため、夜間に営業所でまとめて充電する運用を基本とする。",
    "運転士の確保も課題だ。交通局の運転士は現在312人で、必要とする人数を18人下回っている。新型車両の運転には特別な研修が要るため、交通局は来年度から研修の期間を2週間延ばし、女性や若手の採用にも力を入れる。電気バスは加速が滑らかで、揺れが少ないことから、運転士の負担が軽くなるとの期待もある。",
    "利用者の受け止めはさまざまだ。湊川駅前のバス停で待っていた70代の女性は「新しいバスは段差が少ないと聞いている。足の悪い人には助かる」と話した。一方、通勤で毎日利用する40代の会社員の男性は「車両より本数を増やしてほしい。朝の便は満員で乗れないことがある」と注文をつけた。",
    "交通局は更新計画の詳細を来年1月に公表し、市民向けの説明会を市内4カ所で開く予定だ。電気バスの試乗会も12月中に湊川駅前で行う。",
    "なお、交通局が更新に合わせて導入を検討している新しい運賃支払いシステムについては、費用が計画に含まれておらず、別途、来年度の予算要求で示すとしている。交通系ICカードに加え、スマートフォンのQRコード決済にも対応させる考えで、導入されれば小銭の準備が不要になり、乗降の時間短縮にもつながるという。",
]
CASES["err-bird-flu-cull"]["body"] += [
    "Der Kreisbauernverband forderte schnellere Hilfen für die betroffenen Betriebe. Viele Halter fürchten, dass die Stallpflicht über den ganzen Winter bestehen bleibt.",
]
CASES["err-bookshop-rescue"]["body"] += [
    "Shoppers at the chain's flagship store in Harbourside said they were relieved. \"I have been buying books here since I was a child,\" said one customer, Eleanor Pike, 72. \"It would have been a loss for the whole town.\"",
]
CASES["err-mobile-outage"]["body"] += [
    "Según la operadora, el 85 % de los clientes había recuperado la conexión a las 17.00, aunque algunos usuarios de zonas rurales siguieron sin cobertura hasta la noche.",
]
CASES["err-hospital-merger"]["body"] += [
    "Health economists say mergers often lead to higher prices for insurers. The two hospitals said they would commit to limiting price increases to the rate of medical inflation for three years after the merger.",
]
CASES["clean-bus-fleet"]["body"] += [
    "市営バスは1952年に3路線で運行を始め、現在は42路線を運行している。車両の更新はこれまで、1年に数台ずつ古い車両を置き換える方式で進めてきたが、財政難から更新が後回しになり、車齢が20年を超える車両も31台ある。交通局は、今回のように複数年度でまとめて発注することで、1台あたりの購入価格を1割ほど抑えられるとみている。",
    "市議会では、電気バスの比率をさらに高めるべきだとの声がある一方、車両価格の高さや充電設備の整備費を懸念する意見も根強い。ある市議は「国の補助がいつまで続くかわからない。補助が打ち切られた場合の財源の手当ても考えておくべきだ」と指摘している。交通局は、国や県の補助制度の動向を見ながら、2027年度以降の導入台数を毎年見直すとしている。",
    "交通局はまた、引退する車両のうち状態のよいものを、海外の都市に譲渡することも検討している。過去には東南アジアの姉妹都市に中古車両を送った例がある。",
]
CASES["err-hospital-merger"]["body"] += [
    "Residents of Marlow have long complained of waits of several hours in Redwater Valley's emergency room, and the new system said shortening them would be its first priority.",
]
CASES["clean-bus-fleet"]["body"] += [
    "専門家は今回の計画を一定程度評価している。地域交通に詳しい湊川大学の長尾理沙教授は「公営バスが車両更新を先送りしてきたのは全国共通の問題で、一括して計画を示したことは評価できる。ただ、車両を新しくするだけでは利用者は増えない。路線の再編やダイヤの見直しとあわせて、利用者にとっての使いやすさを高める工夫が欠かせない」と話す。長尾教授はまた、電気バスの電池の劣化や交換費用についても、あらかじめ長期の見通しを示しておく必要があると指摘した。",
]
CASES["clean-bus-fleet"]["body"] += [
    "新しい車両の外装デザインは、市内の小中学生から募集した案をもとに決める。応募は来年2月まで受け付ける。",
]

CASES["clean-steel-emissions"] = dict(
    lang="en", outlet="Southern Cross Herald", section="Business", author="Mia Tranter",
    title="Port Callis steelworks to cut emissions by 40% under $1.2bn deal",
    url="https://www.southerncrossherald.example/business/2026/09/22/port-callis-steelworks-emissions-deal",
    published="2026-09-22T08:30:00+10:00", shown="22 September 2026 — 8:30am AEST",
    body=[
        "The owner of the Port Callis steelworks has struck a deal with the federal government to cut the plant's carbon emissions from 4.8 million tonnes a year to 2.9 million tonnes by 2032, in a project that will cost A$1.2 billion.",
        "Under the agreement announced on Monday, the government will contribute A$450 million and Merrow Steel will pay the rest. The company will replace Blast Furnace No. 5, one of the plant's two furnaces, with an electric arc furnace by 2030. The second furnace will keep running until at least 2035.",
        "The steelworks, which opened in 1962, employs 3,400 people and produces about 2.6 million tonnes of steel a year, roughly a third of the country's output. It is the largest single source of emissions in the state.",
        "Merrow Steel's chief executive, Fiona Dunleavy, said there would be no forced redundancies. About 600 workers will be retrained to run the new furnace, which melts scrap steel with electricity rather than using coal to turn iron ore into iron.",
        "\"This keeps steelmaking in Port Callis for another generation,\" she said. The agreement will be signed at the plant at 11am local time on Thursday by Ms Dunleavy and the climate change minister, Aaron Petrakis.",
        "Mr Petrakis said the project alone would deliver almost a tenth of the reduction needed to meet the country's 2030 target for heavy industry. \"Nobody should pretend this is cheap, but the cost of doing nothing is higher,\" he said.",
        "The electric arc furnace will need up to 450 megawatts of power at peak. The state grid operator said new transmission lines would be required and that it expected to approve them next year.",
        "The union representing most of the plant's workers welcomed the deal. Kerry Mandalis, its state secretary, said members had waited years for certainty. A previous plan to modernise the plant collapsed in 2019 when the former owner could not raise finance.",
        "Environmental groups said the deal was a step forward but warned that the remaining furnace would still emit close to 3 million tonnes a year. The Clean Air Alliance called for a date to be set for its closure.",
        "Shares in Merrow Steel rose 6.1% on the news.",
    ],
)

CASES["clean-ski-jump"] = dict(
    lang="de", outlet="Alpenländer Kurier", section="Sport", author="Veronika Stadlober", sep="|",
    title="Weltrekord in Rabenfels: Pfandler fliegt 254,5 Meter",
    url="https://www.alpenlaender-kurier.example/sport/wintersport/weltrekord-pfandler-rabenfels-254-5-meter",
    published="2026-03-22T19:10:00+01:00", shown="22. März 2026, 19:10",
    body=[
        "Lukas Pfandler hat am Sonntag auf der Skiflugschanze in Rabenfels einen neuen Weltrekord aufgestellt. Der 24-Jährige landete im ersten Durchgang bei 254,5 Metern und übertraf damit die alte Bestmarke des Norwegers Halvard Ekre um einen Meter. Ekre hatte den Rekord von 253,5 Metern im Jahr 2017 aufgestellt.",
        "Vor 18 500 Zuschauern gewann Pfandler auch den Wettbewerb mit insgesamt 471,2 Punkten. Zweiter wurde der Slowene Žan Korošec mit 458,9 Punkten, Dritter der Deutsche Felix Brandauer mit 449,6 Punkten.",
        "Pfandler sprang mit einer Anlaufgeschwindigkeit von 106,4 km/h ab. Der Wind kam mit 2,8 Metern pro Sekunde leicht von vorne, was die Jury als nahezu ideale Bedingungen bezeichnete. Der erste Durchgang hatte um 10.30 Uhr begonnen, eine Stunde früher als geplant, weil für den Nachmittag Schneefall angekündigt war.",
        "„Ich habe in der Luft gespürt, dass das ein besonderer Flug wird. Dass es der Weltrekord ist, habe ich erst gesehen, als das Publikum explodiert ist“, sagte Pfandler. Er ist erst der zweite Springer seines Landes, der einen Weltrekord im Skifliegen hält.",
        "Die Schanze in Rabenfels war 2024 für 11,5 Millionen Euro umgebaut worden. Der kritische Punkt liegt seitdem bei 240 Metern, die Schanzengröße bei 250 Metern. Schon bei der Eröffnung hatten Experten Weiten über 250 Meter vorausgesagt.",
        "Im zweiten Durchgang verzichtete Pfandler auf Anraten seines Trainers auf einen möglichst weiten Sprung und landete bei 236 Metern. Zwei Drittel der 30 Springer im Finale kamen über 220 Meter.",
        "Der Internationale Skiverband bestätigte den Rekord am Abend. Pfandler erhält für den Sieg 10 000 Schweizer Franken Preisgeld. In der Gesamtwertung des Skiflug-Weltcups liegt er nun mit 86 Punkten Vorsprung in Führung, ein Springen steht noch aus.",
        "Trainer Matthias Grünwald sagte, der Rekord sei das Ergebnis jahrelanger Arbeit. „Lukas ist ruhiger geworden, das sieht man in der Luft.“",
    ],
)

CASES["err-privacy-fine"] = dict(
    lang="en", outlet="Eastern Seaboard Times", section="Technology", author="Nathan Albright",
    title="Fitness app Pulsewise fined $62 million for selling users' location data",
    url="https://www.seaboardtimes.example/tech/2026/10/14/pulsewise-fine-location-data",
    published="2026-10-14T17:45:00-04:00", shown="Oct. 14, 2026, 5:45 p.m. ET",
    body=[
        "The state's Office of the Data Commissioner fined the fitness app maker Pulsewise Inc. $62 million on Wednesday for sharing the precise location data of 3.1 million users with advertisers without their consent, the largest privacy penalty in the office's history.",
        "The previous record was a $38 million fine imposed on an online retailer in 2022. Pulsewise, which reported revenue of $1.4 billion last year, has 30 days to appeal.",
        "Investigators found that between March 2023 and August 2025 the app sent users' running and cycling routes, including the places where they started and ended their workouts, to 14 advertising companies. Because most users began their routes at home, the data made it possible to identify where they lived, the commissioner said.",
        "\"People used this app to look after their health. They had no idea that it was telling strangers where they sleep at night,\" said Data Commissioner Renata Szabo at a news conference that began at 10 a.m. ET.",
        "About 1.3 million of the affected users lived outside the state, and the office said it had shared its findings with regulators elsewhere. Pulsewise must delete the shared data held by the advertisers within 90 days and appoint an independent auditor for five years.",
        "Pulsewise's chief executive, Derek Hollins, said in a statement that the company \"respects the commissioner's work\" but disagreed with the size of the fine. The company stopped sharing location data in August 2025, after a report by a consumer group first described the practice.",
        "Shares in Pulsewise fell 3.8% after the announcement. The company has about 11 million active users worldwide.",
        "Privacy advocates welcomed the decision. \"Sixty-two million dollars will get the attention of every app developer,\" said Olivia Brandt of the Digital Rights Project. Lawmakers are considering a bill that would require apps to ask for consent each time location data is shared.",
    ],
)

CASES["err-opera-reopening"] = dict(
    lang="fr", outlet="Le Journal de Montclarens", section="Culture", author="Baptiste Rochereau", sep="|",
    title="L'Opéra de Montclarens rouvre ses portes après quatre ans de travaux",
    url="https://www.journaldemontclarens.example/culture/2026/09/25/reouverture-opera-montclarens",
    published="2026-09-25T11:20:00+02:00", shown="Publié le 25/09/2026 à 11h20",
    body=[
        "Après quatre ans de travaux, l'Opéra de Montclarens rouvre ses portes samedi. Le rideau se lèvera à 19h30 sur une nouvelle production des Noces de Figaro de Mozart, dirigée par la cheffe Ingrid Valmont.",
        "Le chantier aura coûté 86 millions d'euros, contre 64 millions prévus au départ. La Ville a pris en charge la moitié de la facture, la Région 30 % et l'État le reste. Les dépassements s'expliquent surtout par la découverte d'un sol instable sous la scène et par la hausse du prix des matériaux, selon la municipalité.",
        "Le bâtiment, inauguré en 1874, avait fermé en juin 2022. La salle compte désormais 1 150 places, contre 1 320 avant les travaux, mais chaque fauteuil offre désormais une vue complète sur la scène. La fosse d'orchestre a été agrandie pour accueillir jusqu'à 90 musiciens.",
        "« Nous avons rendu à Montclarens un théâtre du XIXe siècle avec une technique du XXIe », a déclaré la directrice générale, Élodie Vasseur. La machinerie de scène a été entièrement remplacée, et un nouveau système de climatisation permettra de programmer des spectacles en été.",
        "La première saison comprend 42 représentations d'opéra, ainsi que des concerts et des spectacles de danse. Les billets coûtent de 12 à 140 euros. Un tiers des places de chaque représentation sera vendu à moins de 30 euros, a promis la directrice.",
        "Les 3 000 billets mis en vente pour les quatre premières soirées sont partis en moins de deux heures, le 1er septembre.",
        "Pendant les travaux, la troupe s'est produite dans un chapiteau installé sur les quais. Environ 150 000 spectateurs y ont assisté en quatre saisons, selon l'Opéra.",
        "Les Montclarennais pourront visiter gratuitement le bâtiment dimanche, de 10 heures à 18 heures, sur réservation.",
    ],
)
CASES["clean-ski-jump"]["body"] += [
    "Für Rabenfels ist der Rekord auch wirtschaftlich wichtig. Der Tourismusverband rechnet damit, dass die Schanze in den kommenden Wintern deutlich mehr Besucher anzieht.",
]
CASES["err-privacy-fine"]["body"] += [
    "The fine will go into the state's general fund. Consumer groups have asked for part of it to be used to help people whose home addresses were exposed.",
]
CASES["err-opera-reopening"]["body"] += [
    "Le foyer historique, avec ses peintures restaurées, accueillera aussi un restaurant ouvert toute la journée, y compris les jours sans spectacle. La municipalité espère ainsi faire de l'Opéra un lieu de vie pour tous les habitants, et pas seulement pour les habitués des soirées lyriques.",
]
CASES["err-opera-reopening"]["body"][-1] += " Il sera géré par un chef de la région."

CASES["clean-landslide"] = dict(
    lang="it", outlet="La Gazzetta delle Valli", section="Cronaca", author="Federica Morandini", sep="|",
    title="Frana a Pradalto, evacuati 340 residenti: il versante scivola di 30 centimetri al giorno",
    url="https://www.gazzettadellevalli.example/cronaca/2026/11/05/frana-pradalto-evacuati",
    published="2026-11-05T18:40:00+01:00", shown="5 novembre 2026 - 18:40",
    body=[
        "Sono 340 i residenti della frazione di Pradalto, nel comune di Roccavena, costretti a lasciare le proprie case per una frana che minaccia l'abitato. L'ordinanza di evacuazione è stata firmata dalla sindaca Carla Benedetti mercoledì sera alle 23.30, dopo che i sensori avevano registrato un movimento del versante di 30 centimetri in 24 ore.",
        "Secondo i geologi della Regione, la massa in movimento è di circa due milioni di metri cubi. Una dozzina di case si trova direttamente sotto il fronte della frana. La strada provinciale 27, unico collegamento tra Pradalto e il fondovalle, è chiusa da giovedì mattina.",
        "La causa è la pioggia eccezionale dei giorni scorsi: in cinque giorni sono caduti 412 millimetri d'acqua, più della metà di quanto piove in media in un anno intero nella valle. «Il terreno è saturo e continuerà a muoversi anche se smette di piovere», ha spiegato il geologo Paolo Ferrando.",
        "Tre quarti degli sfollati hanno trovato ospitalità presso parenti e amici. Gli altri sono stati sistemati in due alberghi di Roccavena e nella palestra della scuola media, dove la Protezione civile ha allestito 60 brandine.",
        "«Nessuno potrà rientrare prima di almeno 48 ore, e probabilmente ci vorrà molto di più», ha detto la sindaca. Gli abitanti sono stati autorizzati a tornare a casa accompagnati dai vigili del fuoco per recuperare medicinali e documenti, per non più di quindici minuti ciascuno.",
        "L'ultima grande frana a Pradalto risale al 1951, quando la colata distrusse il mulino e la vecchia chiesa. Da allora il versante è stato monitorato solo saltuariamente. Un sistema di sensori permanenti era stato installato nel 2022 con una spesa di 1,8 milioni di euro.",
        "La Regione ha chiesto al governo lo stato di emergenza. L'assessore regionale alla Protezione civile, Marco Gilardi, ha annunciato un primo stanziamento di 500 000 euro per gli interventi urgenti.",
        "Nella frazione vivono molti anziani: secondo il comune, un residente su tre ha più di 70 anni.",
    ],
)

CASES["err-gold-purchase"] = dict(
    lang="pt", outlet="Diário do Atlântico", section="Economia", author="Rui Falcão Meireles", sep="|",
    title="Banco Central de Verdemar compra 12,4 toneladas de ouro no terceiro trimestre",
    url="https://www.diariodoatlantico.example/economia/2026-10-22/banco-central-verdemar-compra-ouro",
    published="2026-10-22T10:15:00+01:00", shown="22 de outubro de 2026, 10h15",
    body=[
        "O Banco Central de Verdemar comprou 12,4 toneladas de ouro entre julho e setembro, a maior compra num só trimestre desde 2011, segundo o relatório trimestral divulgado na quarta-feira.",
        "Com esta aquisição, as reservas de ouro do país atingiram 398,6 toneladas, avaliadas em 41,2 mil milhões de euros ao preço de mercado do final de setembro. O peso do ouro no total das reservas subiu de 18 % para 21 % num ano.",
        "A governadora Helena Quintela justificou a decisão com a necessidade de diversificar as reservas num período de forte incerteza. «O ouro não depende da política de nenhum outro país», afirmou em conferência de imprensa.",
        "O preço do ouro subiu 28 % desde o início do ano, o que fez aumentar o valor das reservas. No segundo trimestre, o banco tinha comprado apenas 3,1 toneladas.",
        "Parte do ouro comprado ficará guardada nos cofres do banco em Porto Lameira, e o restante numa instituição internacional no estrangeiro. O banco não revelou a divisão exata, mas indicou que cerca de metade das reservas totais de ouro está no país.",
        "Economistas ouvidos pelo Diário do Atlântico dividem-se. Para Teresa Brandão, da Universidade de Porto Lameira, a compra «faz sentido como proteção contra a inflação». Já Vasco Rebelo, antigo vice-governador, considera que o banco «está a comprar caro».",
        "Os bancos centrais de todo o mundo têm aumentado as suas compras de ouro nos últimos anos. O Banco Central de Verdemar não exclui novas compras no quarto trimestre, mas não se compromete com quantidades.",
        "O próximo relatório sobre as reservas será publicado em janeiro.",
    ],
)

CASES["clean-ferry-timetable"] = dict(
    lang="en", outlet="The Strait Chronicle", section="News", author="Eilidh Marr",
    title="Carrick Isle ferry sailings cut to 11 a day in summer timetable",
    url="https://www.straitchronicle.example/news/2026/05/16/carrick-isle-ferry-summer-timetable",
    published="2026-05-16T12:00:00+01:00", shown="Saturday 16 May 2026, 12:00 BST",
    body=[
        "Westferry Lines will cut the number of daily sailings between Port Ellan and Carrick Isle from 14 to 11 when its summer timetable starts on Monday 1 June, the company confirmed this week.",
        "The reduction follows the withdrawal of the MV Loch Tarran, the oldest of the route's four ships, which will spend nine weeks in dry dock for repairs to its engines. The company said it could not charter a replacement vessel at short notice.",
        "The last sailing from Port Ellan will leave at 21:15 instead of 22:40. The first departure will remain at 06:30. The crossing, of 23 miles, takes 1 hour and 50 minutes.",
        "The return fare for a car and driver stays at £96.40, and the foot-passenger return at £18.20. Islanders with a resident card continue to receive a 40% discount.",
        "Islanders reacted angrily. \"Three fewer sailings a day at the start of the tourist season is a disaster for businesses here,\" said Morag Lennie, who runs a hotel in the island's main village, Kilbrannock. The island has a population of about 4,800, which more than doubles in July and August.",
        "The route carried 1.2 million passengers and 310,000 vehicles last year. Westferry Lines said bookings for the summer were up 6% on last year and advised travellers to reserve in advance.",
        "The ferry operator's managing director, Gordon Ashcroft, apologised to passengers. \"We know how much people rely on this service. The Loch Tarran is 37 years old and we cannot take risks with safety,\" he said. The ship is due back in service on 3 August.",
        "Two new ferries ordered in 2023 are due to enter service in 2028, three years later than first planned.",
    ],
)

CASES["err-tram-strike"] = dict(
    lang="en", outlet="Metro Evening Post", section="Local", author="Jamal Whitfield",
    title="Haldane tram drivers to strike on two days in pay dispute",
    url="https://www.metroeveningpost.example/local/2026/09/24/haldane-tram-strike-october",
    published="2026-09-24T16:30:00+01:00", shown="Thursday 24 September 2026 4.30pm",
    body=[
        "Tram drivers in Haldane will walk out for 24 hours on Friday 2 October and again on Monday 5 October after rejecting a pay offer, their union announced on Thursday, in what would be the first strike on the network since it opened in 1999.",
        "Members of the Tram and Light Rail Union voted by 87% in favour of strike action on a turnout of 79%. The union represents 410 of the network's 460 drivers.",
        "Haldane Tramways has offered a pay rise of 4.5% this year. The union is asking for 7%, saying drivers' pay has fallen behind inflation since 2022. The basic salary of a qualified driver is currently £36,800 a year.",
        "The network's six lines carry about 150,000 passenger journeys on a normal weekday. Each strike will begin at 04:00 and end at 04:00 the following day. The operator said it expected to run no trams at all on the strike days and advised passengers to use buses, which will accept tram tickets.",
        "\"Nobody wants to strike, but our members have had enough,\" said the union's regional organiser, Shona Pritchett. \"The company made a profit of £12.3m last year and can afford to pay its drivers properly.\"",
        "Haldane Tramways said its offer was fair and among the best in the industry. Its chief executive, Adrian Coyle, said the company was ready to return to talks at any time. \"A strike will hurt the passengers who rely on us most,\" he said.",
        "Businesses in the city centre fear the disruption. The city's chamber of commerce estimated that each day of the strike would cost shops and restaurants about £2m in lost trade.",
        "The two sides are due to meet at the conciliation service Accord next Tuesday.",
    ],
)
CASES["clean-landslide"]["body"] += [
    "Le scuole della frazione resteranno chiuse fino a nuovo avviso; gli alunni seguiranno le lezioni a Roccavena.",
]
CASES["err-gold-purchase"]["body"] += [
    "Nos mercados, a notícia teve pouco impacto. A moeda de Verdemar manteve-se estável face ao euro e ao dólar ao longo do dia, e os juros da dívida pública a dez anos mantiveram-se praticamente inalterados.",
    "A oposição pediu explicações no parlamento. O deputado Nuno Carvalhais quer saber quanto custou a compra e porque é que o banco não a anunciou antes. A governadora será ouvida na comissão de finanças no início de novembro, em data ainda a marcar.",
    "A última vez que o banco central tinha reforçado as reservas de ouro de forma tão significativa foi durante a crise financeira internacional, quando a procura pelo metal disparou em todo o mundo.",
]
CASES["clean-ferry-timetable"]["body"] += [
    "The island council said it would write to the transport minister to ask for an emergency charter to be paid for by the government. Council leader Hamish Doig said the island had been \"let down again\" by delays to the new ferries.",
    "Westferry Lines said passengers already booked on cancelled sailings would be moved to the nearest available crossing or offered a full refund. About 2,300 bookings are affected, it said.",
    "Freight operators, who depend on the ferry to supply the island's shops, have been promised priority on the early-morning sailings.",
]
CASES["err-tram-strike"]["body"] += [
    "The last major dispute on the network, in 2017, was settled without a strike after two days of talks. The union said this time its members were determined to be heard.",
    "Hospitals and schools have been told to prepare for staff arriving late. The city council said it would relax parking restrictions in the city centre on the strike days, and several large employers have told staff to work from home if they can.",
    "Haldane's trams run from the city centre to the airport, the university and the northern suburbs. The network was extended in 2015 to reach the new hospital at Bramwell Park.",
]

CASES["clean-chemistry-prize"] = dict(
    lang="en", outlet="Meridian Science Post", section="Science", author="Harriet Quayle",
    title="Halvorsen Prize in Chemistry goes to trio behind plastic-eating enzymes",
    url="https://www.meridiansciencepost.example/science/2026/10/07/halvorsen-prize-chemistry-enzymes",
    published="2026-10-07T12:30:00+02:00", shown="7 October 2026 12:30 CEST",
    body=[
        "The Halvorsen Prize in Chemistry has been awarded to three scientists who designed enzymes that break down plastic waste, the Nordhavn Academy of Sciences announced on Wednesday at 11:45 local time (09:45 GMT).",
        "The prize of 11 million kroner will be shared equally between Ines Carvalho-Berg of the University of Aldermark, Tomasz Wierzbicki of the Lindqvist Institute and Mariko Ashdown, who leads a laboratory at Eastbrook University. Each will receive about 3.7 million kroner.",
        "Their work, which began with the discovery of a bacterium in a waste dump in 2009, led to enzymes that can turn a plastic bottle back into its building blocks in about ten hours. The original natural enzyme needed several weeks.",
        "\"They took something nature did slowly and made it fast enough to be useful,\" said Professor Rune Falkenberg, chair of the prize committee. A demonstration plant using the enzymes now recycles 8,000 tonnes of plastic a year.",
        "Dr Carvalho-Berg, 58, said she had been asleep when the academy called. Dr Ashdown, at 41 the youngest of the three, is only the fourth woman to win the chemistry prize since it was first awarded in 1921.",
        "The committee received 312 nominations this year, a record. The award ceremony will take place in Nordhavn on 10 December, as every year.",
        "Industry groups said the prize would draw attention to enzyme recycling, which still handles less than one per cent of the plastic thrown away each year. Environmental campaigners welcomed the award but said cutting plastic use mattered more than recycling.",
        "The prize in physics was announced on Tuesday, and the prize in medicine on Monday. The economics prize will be announced next Monday.",
        "Dr Wierzbicki, speaking by phone from a conference in another country, said he would spend part of his share on scholarships for students from his home town.",
    ],
)

CASES["clean-heatwave-record"] = dict(
    lang="en", outlet="Valley Dispatch", section="Weather", author="Carlos Medrano",
    title="Sun Mesa hits 121 degrees, breaking all-time heat record",
    url="https://www.valleydispatch.example/weather/2026/07/19/sun-mesa-heat-record-121",
    published="2026-07-19T18:20:00-07:00", shown="July 19, 2026 6:20 PM PT",
    body=[
        "Sun Mesa reached 121 degrees Fahrenheit on Saturday, the hottest temperature ever recorded in the city, breaking the previous record of 118 degrees set in July 1994, the National Weather Office said.",
        "The temperature was measured at the city's airport at 4:52 p.m. local time. Overnight the thermometer did not fall below 94 degrees, also a record for the warmest night.",
        "The heat wave, now in its ninth day, is expected to continue until at least Wednesday. Forecasters said Sunday could be almost as hot, with a high of 119 degrees.",
        "Emergency rooms in Sun Mesa County treated 286 people for heat-related illness in the past week, compared with 71 in the same week last year. Officials confirmed three deaths linked to the heat.",
        "The city has opened 24 cooling centers, including libraries and community halls, and extended their hours until 10 p.m. Mayor Teresa Alcott urged residents to check on elderly neighbors. \"Heat is the quiet killer in our city,\" she said.",
        "Demand for electricity reached 7,940 megawatts on Saturday afternoon, just short of the utility's all-time peak of 8,010 megawatts. Desert Power and Light asked customers to avoid running washing machines and dishwashers between 4 p.m. and 9 p.m.",
        "The record comes after the hottest June on record in the region. Climate scientists at Mesa State University said such temperatures were becoming more frequent. The city has recorded 110 degrees or more on 19 days so far this year.",
        "Airlines delayed some flights because hot air makes it harder for planes to take off. About 40 departures were delayed on Saturday, the airport said.",
        "Residents without air conditioning were advised to spend the hottest hours of the day in cooling centers or shopping malls.",
    ],
)

CASES["clean-reservoir-levels"] = dict(
    lang="es", outlet="La Crónica del Valle", section="Sociedad", author="Marta Ibarrola", sep="|",
    title="Los embalses de la cuenca del Arenal caen al 31 % y la Junta prepara restricciones",
    url="https://www.cronicadelvalle.example/sociedad/2026/08/25/embalses-arenal-31-por-ciento",
    published="2026-08-25T09:00:00+02:00", shown="25/08/2026 - 09:00",
    body=[
        "Los embalses de la cuenca del río Arenal almacenan 412 hectómetros cúbicos, el 31 % de su capacidad total de 1.330 hectómetros cúbicos, según los datos publicados el lunes por la Confederación Hidrográfica. Hace un año estaban al 44 %.",
        "Es el nivel más bajo para un mes de agosto desde 2008. En la última semana, las reservas perdieron 9 hectómetros cúbicos, sobre todo por la evaporación y el riego.",
        "La Junta regional estudia restringir el riego agrícola a partir del 1 de octubre si no llueve en septiembre. El consejero de Medio Ambiente, Javier Olmedo, afirmó que el abastecimiento de agua potable «está garantizado hasta la primavera», pero pidió a los ciudadanos que reduzcan el consumo.",
        "En lo que va de año hidrológico, que empezó el 1 de octubre, han caído 286 litros por metro cuadrado en la cuenca, frente a una media de 520 litros. Los agricultores, que consumen tres cuartas partes del agua de la cuenca, temen perder la cosecha de invierno.",
        "«Sin agua no hay campo. Muchos no podremos aguantar otro año así», dijo Ramón Ferrández, presidente de la comunidad de regantes de Vegaluz, que agrupa a 2.300 agricultores.",
        "El embalse de Peñalta, el mayor de la cuenca, está al 22 %. En sus orillas ha vuelto a aparecer el campanario de la antigua aldea de San Bartolomé, que quedó bajo las aguas en 1971.",
        "Los ayuntamientos de la comarca ya han prohibido llenar piscinas privadas y regar jardines entre las 8 y las 20 horas. En Vegaluz, el consumo de agua bajó un 12 % en julio respecto al mismo mes del año pasado.",
        "La Confederación publicará el próximo balance de reservas el lunes 31 de agosto.",
    ],
)

CASES["clean-grape-harvest"] = dict(
    lang="fr", outlet="L'Écho des Coteaux", section="Économie", author="Sylvain Pradeau", sep="|",
    title="Vendanges : la récolte s'annonce en baisse de 18 % dans les Coteaux de Véranne",
    url="https://www.echodescoteaux.example/economie/2026/08/20/vendanges-baisse-recolte-veranne",
    published="2026-08-20T07:30:00+02:00", shown="Publié le jeudi 20 août 2026 à 7h30",
    body=[
        "Les vendanges commenceront lundi prochain dans les Coteaux de Véranne, avec près de deux semaines d'avance sur la moyenne des trente dernières années. Le syndicat des vignerons prévoit une récolte de 410 000 hectolitres, contre 500 000 l'an dernier.",
        "La sécheresse du printemps et deux épisodes de grêle en juin expliquent cette baisse. Le 14 juin, un orage a détruit une partie des vignes sur environ 1 200 hectares, soit un dixième du vignoble de l'appellation.",
        "« La qualité sera au rendez-vous, mais il y aura moins de vin », résume Claire Montagnac, présidente du syndicat. Les raisins sont petits mais très concentrés, ce qui devrait donner des vins riches, selon les œnologues.",
        "Pour les quelque 640 exploitations de l'appellation, la baisse des volumes pèsera sur les revenus. Le prix moyen du vin en vrac a augmenté de 6 % depuis le début de l'année, à 212 euros l'hectolitre, mais cela ne compensera pas les pertes, estime le syndicat.",
        "Les vignerons ont aussi du mal à recruter. Il manque environ trois cents saisonniers pour les vendanges manuelles, selon la chambre d'agriculture. Certains domaines ont décidé de vendanger la nuit, entre 22 heures et 6 heures, pour éviter la chaleur.",
        "Le vignoble des Coteaux de Véranne couvre 12 000 hectares. L'appellation a été créée en 1937.",
        "La préfecture a autorisé des dérogations aux horaires de travail pour la durée des vendanges, jusqu'au 30 septembre.",
        "Les premières cuves de vin nouveau devraient être prêtes à la fin du mois d'octobre. Les professionnels comptent sur le salon des vins de Véranne, prévu du 13 au 15 novembre, pour relancer les ventes.",
    ],
)
CASES["clean-chemistry-prize"]["body"] += [
    "Dr Ashdown said she hoped the prize would encourage young researchers to work on practical problems. \"The best chemistry is chemistry that leaves the world a little cleaner,\" she told reporters in a video call shortly after the announcement.",
]
CASES["clean-heatwave-record"]["body"] += [
    "Farmers in the county said the heat was damaging crops and livestock. Dairy farmers reported that milk production had fallen as cows struggled with the temperatures, and some vegetable growers said they had lost entire fields.",
    "The weather office said a weak storm system could bring slightly cooler air by the end of next week, but no rain is expected before August.",
]
CASES["clean-reservoir-levels"]["body"] += [
    "Los ecologistas critican que la Junta haya tardado en actuar. La asociación Río Vivo recordó que ya en primavera pidió limitar los nuevos regadíos y controlar los pozos ilegales, que, según sus cálculos, extraen cada año más agua de la que se pierde por evaporación.",
    "La Junta asegura que el plan de sequía aprobado en 2023 le permite actuar con rapidez y que las restricciones se aplicarán de forma gradual, empezando por los cultivos que consumen más agua.",
]
CASES["clean-grape-harvest"]["body"] += [
    "Dans les caves coopératives, on prépare déjà les cuves. À la cave de Saint-Martial, qui regroupe 180 adhérents, le directeur Olivier Bessonnat prévoit de recevoir les premiers raisins dès mardi. « Nous allons travailler sans interruption pendant trois semaines », dit-il.",
    "Les assureurs estiment que les dégâts de la grêle coûteront plusieurs millions d'euros, mais beaucoup de petits domaines n'étaient pas assurés.",
]

CASES["err-marathon-record"] = dict(
    lang="en", outlet="Kingsbridge Evening Star", section="Sport", author="Ruth Okonjo",
    title="Chelimo smashes Kingsbridge Marathon course record",
    url="https://www.kingsbridgestar.example/sport/athletics/2026/apr/26/chelimo-kingsbridge-marathon-record",
    published="2026-04-26T17:05:00+01:00", shown="Sunday 26 April 2026 17:05 BST",
    body=[
        "Amos Chelimo broke the Kingsbridge Marathon course record on Sunday, winning in 2 hours 4 minutes 31 seconds and taking 1 minute 16 seconds off the mark set by his training partner Wilson Rotich in 2019.",
        "The 27-year-old pulled away from the leading group at the 35-kilometre point and crossed the line alone on the Embankment, 48 seconds ahead of Haile Worku, with Rotich third.",
        "Selam Tadesse won the women's race in 2:18:09, her second victory in Kingsbridge after her win in 2023. She finished 1 minute 2 seconds ahead of Britain's Lucy Farnham, who set a personal best.",
        "The race started at 09:30 in cool, calm conditions, with the temperature at 11C. Organisers said 41,250 runners finished, a record for the event, from 43,000 who started.",
        "Chelimo receives £40,000 for the win and a £10,000 bonus for the course record. \"I came here for the record. The weather was perfect and the pacemakers did a great job,\" he said.",
        "Organisers expect the race to have raised more than £68m for charity. Among the runners were 600 people running for the city's children's hospital, which is building a new wing.",
        "The wheelchair races were won by Daniel Fourie in 1:27:40 and Nina Beaulieu in 1:38:12. Fourie, 33, won for the fifth time.",
        "The course, which was changed last year to avoid roadworks on the North Quay, is considered one of the fastest in Europe. Race director Pauline Graves said the route would stay the same next year.",
        "Chelimo's time is the fastest marathon run in the country this year and moves him to sixth on the all-time list for the distance.",
        "Thousands of spectators lined the route despite early-morning showers, and several roads in the city centre remained closed until late afternoon.",
    ],
)

CASES["err-airport-expansion"] = dict(
    lang="en", outlet="Wessex Business Journal", section="Business", author="Leonard Pryce",
    title="Thornbury Airport wins approval for £2.4bn second runway",
    url="https://www.wessexbusinessjournal.example/news/2026/02/11/thornbury-airport-second-runway-approved",
    published="2026-02-11T15:10:00+00:00", shown="11 February 2026, 15:10",
    body=[
        "Thornbury Airport has been given permission to build a second runway, after the planning minister, Sophie Aldridge, approved the £2.4bn project on Tuesday, overruling objections from local councils.",
        "The decision will allow the airport to raise its annual passenger cap from 19 million to 32 million by 2040 and the number of flights from 180,000 to 265,000 a year. Last year it handled 18.6 million passengers, close to its current limit.",
        "The new runway, 2,800 metres long, will be built to the south of the existing one. Construction is due to start in 2028, with the runway opening in 2032.",
        "The airport's chief executive, Graham Whitlow, said the project would create 4,100 permanent jobs and that the airport would pay for it without public money. \"This is a vote of confidence in the region,\" he said.",
        "Residents' groups have six weeks to launch a legal challenge. The campaign group Stop Thornbury Runway said it would do so. \"The minister has ignored the people who will have to live with the noise,\" said its chair, Alison Marsh.",
        "Under the conditions set by the minister, the airport must spend £75m insulating homes against noise, ban scheduled night flights between 23:30 and 06:00 and show how it will meet its target of net zero emissions from airport buildings and vehicles by 2035. About 14,000 homes are expected to qualify for insulation.",
        "Airlines welcomed the decision. Two low-cost carriers said they would base more aircraft at Thornbury once the runway opens.",
        "Local councils said they were disappointed and would consider their options. They argued that the roads around the airport could not cope with more traffic and asked for a new rail link to be built first.",
        "The airport said it would publish a plan for public transport access before construction begins.",
    ],
)

CASES["err-bridge-closure"] = dict(
    lang="de", outlet="Lühnetaler Anzeiger", section="Verkehr", author="Sabine Kortmann", sep="|",
    title="Lühnebrücke wird für Lastwagen gesperrt – 23 Kilometer Umweg",
    url="https://www.luehnetaler-anzeiger.example/verkehr/luehnebruecke-lkw-sperrung-juli",
    published="2026-06-30T14:45:00+02:00", shown="30.06.2026 | 14:45 Uhr",
    body=[
        "Die Lühnebrücke in Wahlstedt wird ab Montag, dem 13. Juli, für Lastwagen über 7,5 Tonnen gesperrt. Das teilte der Landesbetrieb Straßenbau am Dienstag mit. Bei einer Prüfung hatten Ingenieure 41 Risse in den Spannbetonträgern gefunden.",
        "Über die Brücke fahren täglich rund 38.000 Fahrzeuge, darunter 2.900 Lastwagen. Sie müssen künftig eine Umleitung über Kesselfeld nehmen, die 23 Kilometer länger ist. Für Autos und Busse bleibt die Brücke vorerst offen, allerdings nur noch mit Tempo 50.",
        "Die Brücke wurde 1968 gebaut und ist für den heutigen Verkehr nicht ausgelegt. Ein Neubau ist seit Jahren geplant. Er soll 146 Millionen Euro kosten und 2031 fertig sein. Bis dahin soll die alte Brücke mit Sensoren überwacht werden.",
        "Bürgermeisterin Katrin Albers sprach von einem „schweren Schlag für die Wirtschaft der Region“. Vor allem die Betriebe im Gewerbegebiet Nord seien auf die Brücke angewiesen. Sie forderte das Land auf, den Neubau zu beschleunigen.",
        "Die Industrie- und Handelskammer schätzt die Mehrkosten für Speditionen auf rund 60.000 Euro pro Tag. Der Spediteur Holger Brammer sagte, seine Fahrer bräuchten für jede Tour nun bis zu 40 Minuten länger.",
        "Um die Sperrung durchzusetzen, werden an beiden Enden der Brücke Schranken mit Wiegesystemen installiert. Wer trotzdem mit einem schweren Lastwagen auffährt, muss mit einem Bußgeld rechnen.",
        "Anwohner in Kesselfeld fürchten mehr Lärm und Abgase. Die Gemeinde will ein Nachtfahrverbot für Lastwagen in der Ortsdurchfahrt beantragen.",
        "Der Landesbetrieb kündigte an, die Brücke alle drei Monate erneut zu prüfen. Sollten sich die Schäden vergrößern, könne auch eine Vollsperrung nicht ausgeschlossen werden.",
    ],
)

CASES["err-drought-crop"] = dict(
    lang="ja", outlet="北州新聞", section="経済", author="高村 亮介", sep="|",
    title="北州地方のコメ作況「やや不良」 少雨で収穫量6%減の見通し",
    url="https://www.hokushu-shimbun.example/economy/20260828-rice-drought-forecast",
    published="2026-08-28T05:00:00+09:00", shown="2026年8月28日 5:00",
    body=[
        "北州農政局は27日、管内で今年収穫されるコメの作柄の見通しを発表した。7月から続く少雨の影響で、作況指数は95の「やや不良」となる見込みだ。収穫量は42万3000トンと、前年より6%少なくなると予測している。作況指数が100を下回るのは3年ぶり。",
        "農政局によると、管内の7月の降水量は平年の38%にとどまり、8月に入っても雨の少ない状態が続いている。田に水を引くためのため池の平均貯水率は、26日時点で27%まで下がった。例年この時期は60%前後あるという。",
        "特に影響が大きいのは、川から離れた丘陵地の水田だ。管内の水田約6万8000ヘクタールのうち、およそ4分の1がため池からの水に頼っている。こうした地域では、稲の穂が十分に実らない「白穂」が目立ち始めている。",
        "北州平野で30年以上コメを作っている農家の男性(68)は「ため池の底が見えてきた。夜中に交代で水を回しているが、全部の田には行き渡らない」と話す。近所では、一部の田の収穫をあきらめた農家もいるという。",
        "一方、大きな川から水を引ける平野部の水田では、今のところ大きな被害は出ていない。日照時間が長かったため、品質はむしろ良い地域もあると農政局はみている。管内全体で1等米の比率は前年並みの8割程度を見込む。",
        "収穫量の減少は、コメの価格にも影響しそうだ。北州地方産の主力銘柄「ほくしゅう光」の卸売価格は、8月中旬の時点で60キロあたり2万1400円と、前年同期より12%高い。卸売業者の間では、秋の新米の価格がさらに上がるとの見方が出ている。",
        "県は26日、少雨対策本部を設置した。ため池の水を効率よく使うための用水の調整や、ポンプの貸し出しなどを進める。農家向けに、水不足で収量が減った場合の共済の仕組みについて説明会も開く。対策費として2億3000万円を補正予算に計上する方針だ。",
        "気象台によると、今後1カ月の降水量は平年並みか少ない見込みで、まとまった雨は期待しにくい。農政局の担当者は「9月上旬の天候次第では、作柄がさらに悪化するおそれもある」と話している。",
        "農政局は9月下旬に、改めて作柄の見通しを発表する予定だ。今回の見通しは、管内の約1200カ所の水田で実施した調査をもとにまとめた。",
        "管内では、少雨の影響がコメ以外の作物にも広がっている。大豆やそばでは発芽の遅れが報告されており、野菜の一部では出荷量が減って価格が上がり始めた。スーパーの担当者は「キャベツやレタスの仕入れ値が先月より2割ほど高い」と話す。",
        "専門家は、気候の変化で夏の少雨が今後も増える可能性があると指摘する。北州大学の農業気象学者、新田由紀子准教授は「ため池に頼る地域では、水を融通し合う仕組みや、乾燥に強い品種への切り替えを早めに検討する必要がある」と話している。",
    ],
)
CASES["err-marathon-record"]["body"] += [
    "Rotich, who had held the record for seven years, was among the first to congratulate his friend. \"Records are there to be broken, and I am happy it was Amos who broke mine,\" he said after the race, adding that he hoped to win back the record next spring.",
]
CASES["err-airport-expansion"]["body"] += [
    "Business groups in the region said the runway would bring new routes to North America and Asia. The chamber of commerce said it expected the expansion to add about £1bn a year to the regional economy once the runway was fully used.",
]
CASES["err-bridge-closure"]["body"] += [
    "Die Polizei kündigte an, in den ersten Wochen nach der Sperrung verstärkt zu kontrollieren. Lkw-Fahrer sollten sich frühzeitig über die Umleitung informieren, hieß es. Der Landesbetrieb will zusätzliche Hinweisschilder an den Autobahnausfahrten aufstellen, damit ortsfremde Fahrer nicht erst an der Brücke umkehren müssen.",
]
CASES["err-drought-crop"]["body"] += [
    "農政局の今回の調査では、管内の市町村ごとの差も大きかった。丘陵地の多い東部の市町では作況指数が90前後まで下がる見込みの一方、平野部の西部ではほぼ平年並みの99から100となる見通しだ。農政局は、被害が集中する地域に職員を派遣し、農家からの相談に応じる窓口を設けた。",
    "コメの減収は、地域の酒造りにも影を落としている。管内の酒蔵の多くは地元産の酒米を使っており、ある蔵元は「酒米の確保が難しくなれば、仕込みの量を減らすことも考えなければならない」と話す。酒米の作付けは丘陵地に多く、少雨の影響を受けやすいという。",
    "農家の高齢化も、少雨への対応を難しくしている。管内のコメ農家の平均年齢は70歳近くに達しており、夜間の水の見回りや、ポンプの設置といった作業の負担は重い。地元の農協は、若手の職員や地域のボランティアを募り、水の管理を手伝う取り組みを始めた。",
    "消費者の間では、新米の値上がりを見越して、早めにコメを買い置きする動きも出ている。農政局は「在庫は十分にあり、品薄になる心配はない。必要な分だけ買ってほしい」と冷静な対応を呼びかけている。",
]
CASES["err-marathon-record"]["body"] += [
    "The next edition of the race will take place on the last Sunday of April next year.",
]
CASES["err-bridge-closure"]["body"] += [
    "Für Radfahrer und Fußgänger ändert sich durch die Sperrung nichts.",
]
CASES["err-drought-crop"]["body"] += [
    "管内の自治体も対応に追われている。東部のある町では、町が所有する防火用の貯水槽の水を農業用に回せないか検討を始めた。ただ、火災に備える水を減らすことには慎重な意見もあり、結論は出ていない。別の市では、下水処理場で浄化した水を田に送る試みを計画しているが、実現には配管の工事が必要で、今年の収穫には間に合わない見通しだ。",
    "少雨の影響は家庭にも及び始めた。管内の一部の水道事業者は、ダムの貯水量の低下を受けて、住民に節水への協力を呼びかけている。今のところ給水制限には至っていないが、9月に入っても雨が少なければ、時間を区切った減圧給水を検討するという。",
    "今回の見通しについて、農業団体の幹部は「作況指数95という数字だけを見ると軽く見えるかもしれないが、丘陵地の農家にとっては死活問題だ。被害の大きい地域への支援を手厚くしてほしい」と訴えた。農政局は、被害の実態を詳しく調べたうえで、国の支援制度の活用を検討するとしている。",
    "北州地方は例年、梅雨の雨でため池を満たし、夏の渇水期に備えてきた。今年は梅雨明けが早く、雨量も平年を大きく下回ったため、ため池に十分な水をためられなかった。農政局は、来年以降に備えて、ため池のしゅんせつや、老朽化した用水路の改修を急ぐ考えも示した。",
]
CASES["err-drought-crop"]["body"] += [
    "一方で、コメの需要そのものは底堅い。外食産業の回復や、訪日客の増加で、業務用のコメの引き合いは強まっている。卸売業者は「北州産は味の評価が高く、量が減っても買い手はつく。むしろ、価格が上がりすぎて家庭の消費が落ち込まないかが心配だ」と話している。農政局は、秋以降の価格の動きも注意深く見守るとしている。",
]
CASES["err-drought-crop"]["body"] += [
    "農家の間では、来年の作付けを見直す動きも出始めた。丘陵地で水の確保が難しい田では、コメから大豆や麦など水を多く使わない作物に切り替えることを考える農家が増えている。ただ、転作には機械の買い替えなどの費用がかかり、補助の拡充を求める声が上がっている。農協の担当者は「コメ作りを続けたいという農家の気持ちは強い。簡単に答えが出る問題ではない」と話した。",
]
CASES["err-drought-crop"]["body"][-1] += "農政局は、来年の作付けに向けた相談会を冬の間に各地で開く方針だ。"
