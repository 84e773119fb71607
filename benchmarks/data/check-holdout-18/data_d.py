CASES = []

CASES.append(dict(
slug="cantabrico-ribera-liga", lang="es", outlet="Diario Deportivo del Norte", author="Unai Etxeberria", section="Fútbol",
url="https://www.diariodeportivonorte.example/futbol/primera/real-cantabrico-3-2-atletico-ribera-cronica",
title="El Real Cantábrico remonta ante el Ribera y se escapa en el liderato",
published="2024-11-23T23:45:00+01:00", time_display="Sábado, 23 de noviembre de 2024, 23:45",
paras=[
"SANTANDER — El Real Cantábrico derrotó este sábado al Atlético Ribera por 3-2 en un partido vibrante disputado ante 41.238 espectadores, la mejor entrada de la temporada en El Sardinero Nuevo. El gol de la victoria llegó en el tercer minuto del tiempo añadido.",
"El Ribera se adelantó dos veces. Marcos Villalba abrió el marcador en el minuto 12 con un disparo desde fuera del área, y tras el empate de Iker Zubizarreta de cabeza en el 34, el propio Villalba volvió a marcar en el 58.",
"El Cantábrico reaccionó con los cambios. Zubizarreta firmó su doblete en el 77 tras un centro de Dani Pombo, y en el 93 el central Óscar Lastra remató un córner para desatar la euforia en la grada.",
"Con esta victoria, la octava consecutiva en casa, el equipo cántabro suma 31 puntos en 14 jornadas y aventaja en cuatro al segundo clasificado, el Deportivo Levante Sur, que empató el viernes. El Ribera se queda con 19 puntos, en la novena posición.",
"«Este equipo no se rinde nunca. Hemos ido dos veces por detrás y hemos tenido fe hasta el final», dijo el entrenador del Cantábrico, Ramón Echevarría, en la rueda de prensa posterior.",
"Zubizarreta, fichado en verano por 18 millones de euros, suma ya nueve goles en Liga y es el máximo goleador del campeonato. El delantero vasco, de 23 años, fue sustituido en el minuto 88 entre una gran ovación.",
"El Ribera terminó con diez jugadores por la expulsión de su lateral Adrián Soto en el minuto 81, por doble amarilla. Su técnico, Luis Quiroga, se quejó del arbitraje: «Nos han pitado una falta que no existe en la jugada del segundo gol».",
"El partido, que comenzó a las 21.00, fue el primero del Cantábrico tras el parón internacional. El club, fundado en 1913, no lideraba la clasificación a estas alturas de la temporada desde hacía más de veinte años.",
"El conjunto cántabro vuelve a jugar el miércoles en la Copa, en el campo del Unión Tudelana, de Segunda Federación.",
],
digest="""スペイン・リーグ:レアル・カンタブリコが逆転勝ち、首位固め2024年11月24日 10:05

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 スペインのサッカーリーグで、レアル・カンタブリコ(Real Cantábrico)が23日(土)、本拠地でアトレティコ・リベラ(Atlético Ribera)に3対2で逆転勝ちした。決勝点は後半アディショナルタイム3分に生まれた。観客は今季最多の4万1238人だった。

 主なハイライト

 2度のビハインドから逆転:リベラのマルコス・ビジャルバ(Marcos Villalba)が12分と58分に得点したが、カンタブリコはイケル・スビサレタ(Iker Zubizarreta)が34分と77分に決めて追いつき、93分にセンターバックのオスカル・ラストラ(Óscar Lastra)がコーナーキックから決勝点を挙げた。

 首位を独走:本拠地で8連勝のカンタブリコは14節を終えて勝ち点31とし、2位のデポルティボ・レバンテ・スル(Deportivo Levante Sur)との差を4とした。

 文脈

 得点王争い:夏に1800万ユーロで加入した23歳のスビサレタは、リーグ戦9得点で得点ランキングの首位に立つ。

 名門の復活:1913年創設の同クラブが、シーズンのこの時期に首位に立つのは20年以上ぶりとなる。

 試合は現地時間午後9時、日本時間24日午前5時に始まった。カンタブリコは27日(水)、カップ戦でセグンダ・フェデラシオン所属のウニオン・トゥデラナ(Unión Tudelana)と敵地で対戦する。

【詳細】

 国際試合による中断明けの一戦で、首位カンタブリコは劇的な勝利を収めた。以下、試合の流れと両監督の話をまとめる。

 試合の流れ

 1.前半

 ・12分、ビジャルバがペナルティーエリアの外からのシュートで先制。
 ・34分、スビサレタがヘディングで同点とした。

 2.後半

 ・58分、ビジャルバが2点目を決め、リベラが再びリード。
 ・77分、スビサレタがダニ・ポンボ(Dani Pombo)のクロスから2点目を挙げて同点。
 ・81分、リベラのアドリアン・ソト(Adrián Soto)が2枚目の警告で退場。
 ・88分、スビサレタが大歓声の中で交代。
 ・93分、ラストラが決勝点。

 監督の話

 1.カンタブリコ

 ・ラモン・エチェバリア(Ramón Echevarría)監督は「このチームは決してあきらめない。2度リードされても最後まで信じていた」と語った。

 2.リベラ

 ・ルイス・キロガ(Luis Quiroga)監督は「2点目の場面では、存在しないファウルを取られた」と判定に不満を示した。
 ・リベラは勝ち点19で9位にとどまる。

 勢いに乗るカンタブリコは、首位の座をさらに固めつつある。

【要点】

 試合の流れ

 1.前半

 ・ビジャルバの先制をスビサレタが同点に。

 2.後半

 ・スビサレタが2得点目、93分にラストラが決勝点で3対2。

 監督の話

 1.カンタブリコ

 ・「決してあきらめない」、勝ち点31で首位。

 2.リベラ

 ・判定に不満、9位に後退。

【引用・参照・底本】

El Real Cantábrico remonta ante el Ribera y se escapa en el liderato Diario Deportivo del Norte 2024.11.23

https://www.diariodeportivonorte.example/futbol/primera/real-cantabrico-3-2-atletico-ribera-cronica
""",
errs=[
("・スビサレタが2得点目、93分にラストラが決勝点で3対2。", "・スビサレタが2得点目、93分にラストラが決勝点で3対1。", "mismatch", "error", "3対1"),
("観客は今季最多の4万1238人だった", "観客は今季最多の4万2138人だった", "mismatch", "error", "4万2138人"),
("1913年創設の同クラブが", "1931年創設の同クラブが", "mismatch", "error", "1931年"),
]))

CASES.append(dict(
slug="incendios-aveiro", lang="pt", outlet="Diário das Beiras Online", author="Rui Tavares Mendes", section="Sociedade",
url="https://www.diariodasbeiras.example/sociedade/incendios-distrito-aveiro-balanco-quinta-feira",
title="Incêndios: área ardida desde domingo chega aos 96 mil hectares",
published="2024-09-19T20:10:00+01:00", time_display="19 set 2024 20:10",
paras=[
"AVEIRO — Os incêndios que lavram desde domingo nos distritos de Aveiro e Viseu já consumiram cerca de 96 mil hectares, segundo o sistema europeu de informação sobre incêndios florestais. É quase o triplo da área ardida em todo o ano de 2023 no país, que foi de 34 mil hectares.",
"O balanço da Proteção Civil, divulgado às 19h00 desta quinta-feira, aponta para sete mortos, entre os quais três bombeiros, e 161 feridos, dos quais 12 em estado grave. Foram destruídas 68 habitações permanentes e dezenas de armazéns e explorações agrícolas.",
"No terreno estavam ao final da tarde 4.870 operacionais, apoiados por 1.340 meios terrestres e 38 meios aéreos. O Governo prolongou até sábado a situação de alerta em todo o território continental.",
"Através do Mecanismo de Proteção Civil da União Europeia chegaram a Portugal oito aviões de combate a incêndios, enviados por Espanha, Itália e Grécia. Marrocos enviou mais dois aparelhos ao abrigo de um acordo bilateral.",
"As temperaturas chegaram aos 38 graus em Águeda na terça-feira, com ventos fortes de leste e humidade relativa abaixo dos 20 por cento, condições que os especialistas descrevem como extremas para esta época do ano.",
"«Nunca vimos nada assim em setembro. O fogo saltava estradas de quatro faixas», contou Manuel Figueiredo, de 71 anos, que perdeu a casa e a oficina em Albergaria-a-Velha.",
"O primeiro-ministro anunciou um apoio de emergência de 120 milhões de euros para as famílias e empresas afetadas, dos quais 45 milhões destinados à reconstrução de habitações.",
"A Polícia Judiciária deteve até agora quatro suspeitos de fogo posto. A ministra da Administração Interna pediu «tolerância zero» e anunciou que a investigação vai analisar mais de 200 ignições registadas desde domingo.",
"O Instituto Português do Mar e da Atmosfera prevê uma descida das temperaturas e os primeiros aguaceiros a partir de sábado, o que poderá dar alguma tréguas aos bombeiros.",
],
digest="""ポルトガル山火事:焼失面積は9万6000ヘクタールに2024年09月20日 07:50

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 ポルトガル中部のアヴェイロ県とヴィゼウ県で15日(日)から続く山火事の焼失面積は、約9万6000ヘクタールに達した。欧州の森林火災情報システムによるもので、2023年の国内の年間焼失面積3万4000ヘクタールの3倍近くにあたる。

 主なハイライト

 人的被害:市民保護当局が19日(木)午後7時(日本時間20日午前3時)に発表したまとめでは、消防士3人を含む7人が死亡し、161人が負傷した。うち12人が重傷。常住の住宅68棟が焼けた。

 消火態勢:19日夕方時点で4870人が消火にあたり、車両など地上の機材1340台と航空機38機が投入された。政府は本土全域の警戒態勢を21日(土)まで延長した。

 文脈

 国際支援:欧州連合(EU)の市民保護メカニズムを通じ、スペイン、イタリア、ギリシャから消火用航空機8機が到着した。モロッコも二国間協定に基づき2機を派遣した。

 異例の気象:17日(火)にはアゲダで気温が38度に達し、強い東風と20%を下回る湿度が重なった。

 気象当局は21日から気温が下がり、にわか雨も降り始めると予想している。

【詳細】

 9月としては異例の大規模な山火事が、ポルトガル中部を襲っている。以下、被害の状況と政府の対応をまとめる。

 被害の状況

 1.焼失面積と死傷者

 ・焼失面積は約9万6000ヘクタール。
 ・死者7人、負傷者161人。

 2.住民の声

 ・アルベルガリア・ア・ヴェリャで家と作業場を失ったマヌエル・フィゲイレド(Manuel Figueiredo)さん(71)は「9月にこんなことは見たことがない。火は4車線の道路を飛び越えた」と語った。

 政府の対応

 1.支援策

 ・首相は被災した家庭と企業に1億2000万ユーロの緊急支援を表明し、うち4500万ユーロを住宅の再建に充てる。残る7500万ユーロはその他の支援となる。

 2.捜査

 ・司法警察はこれまでに放火の疑いで4人を拘束した。
 ・内務相は「一切容赦しない」と述べ、15日以降に記録された200件を超える出火を調べる方針を示した。

 航空機の応援と天候の好転が、消火活動の追い風になると期待されている。

【要点】

 被害の状況

 1.焼失面積と死傷者

 ・約9万6000ヘクタールが焼失、7人死亡。

 2.住民の声

 ・「9月にこんなことは見たことがない」。

 政府の対応

 1.支援策

 ・緊急支援1億2000万ユーロ。

 2.捜査

 ・放火の疑いで4人を拘束。

【引用・参照・底本】

Incêndios: área ardida desde domingo chega aos 96 mil hectares Diário das Beiras Online 2024.09.19

https://www.diariodasbeiras.example/sociedade/incendios-distrito-aveiro-balanco-quinta-feira
""",
errs=[
("・約9万6000ヘクタールが焼失、7人死亡。", "・約6万9000ヘクタールが焼失、7人死亡。", "mismatch", "error", "6万9000ヘクタール"),
("ヴィゼウ県で15日(日)から", "ヴィゼウ県で15日(月)から", "mismatch", "error", "15日(月)"),
("https://www.diariodasbeiras.example/sociedade/incendios-distrito-aveiro-balanco-quinta-feira\n", "https://www.diariodasbeiras.example/sociedade/incendios-distrito-aveiro-balanco-quinta-feira?utm_source=whatsapp&utm_medium=social&utm_campaign=partilha&fbclid=IwAR3xQ81kLm\n", "citation", "warning", "https://www.diariodasbeiras.example/sociedade/incendios-distrito-aveiro-balanco-quinta-feira?utm_source=whatsapp&utm_medium=social&utm_campaign=partilha&fbclid=IwAR3xQ81kLm"),
]))
