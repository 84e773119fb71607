EN1 = [
    "The harbor city of Marlow Bay switched on its first tidal power plant on Thursday, ending a decade of planning and two years of construction in the estuary.",
    "The twelve turbines, anchored to the seabed at the mouth of the river, will supply electricity to about 40,000 homes, the regional utility said in a statement.",
    'Mayor Helen Ortiz called the opening a turning point for a town that once depended on coal shipments. "The tide comes in twice a day, every day," she told reporters at the quay.',
    "Engineers said the plant would produce power for roughly twenty hours a day, with short pauses when the tide turns, and that output could be forecast years in advance.",
    "The project cost 310 million euros, of which the national government paid a third. Fishermen had opposed the first design, which would have closed the estuary with a barrage.",
    "The final plan leaves a channel open for boats and fish. Biologists from the university will count salmon passing the turbines for the next five years.",
    "A second phase with eight more turbines could follow in 2027 if the first year goes as planned, the utility said.",
]
EN2 = [
    "The Senate passed a bill on Tuesday that would require airlines to refund passengers in cash within seven days when a flight is cancelled or delayed by more than three hours.",
    "The measure passed 71 to 27, with members of both parties voting in favor after a year of complaints about airlines offering vouchers instead of money.",
    "Under the bill, carriers would also have to show the full price of a ticket, including seat and baggage fees, on the first screen a customer sees when searching for flights.",
    "Airline industry groups said the rules would raise costs and lead to higher fares. Consumer advocates said travelers had waited long enough for clear rules.",
    "The House is expected to take up its own version next month. The two chambers would then need to agree on a single text before it could be signed into law.",
]
EN3 = [
    "A mountain railway in the Alps reopened on Saturday after a two-year rebuild that replaced most of its track and all four of its bridges.",
    "The line climbs 1,200 meters over nine kilometers and carried about 300,000 passengers a year before it closed in 2017, when inspectors found cracks in the oldest bridge.",
    "The operator spent 84 million francs on the work. New trains with regenerative brakes feed power back into the line on the way down.",
    "Local hotels said bookings for the summer had risen by about a fifth since the reopening date was announced in January.",
    "The railway will run every thirty minutes from May to October and every hour in winter.",
]
JA1 = [
    "京都市は4日、市電の新路線を来春に開業すると発表した。京都駅から北へ延びる約5キロの区間で、停留所は9カ所を予定している。",
    "総事業費は約280億円で、国が3分の1を補助する。車両は低床型の新型を12編成導入し、朝夕は6分間隔で運行する計画だ。",
    "市によると、沿線の人口は約8万人で、1日あたり2万人の利用を見込む。観光客の増加で混雑が続くバス路線の負担を減らす狙いもある。",
    "一方、沿線の商店街からは工事中の交通規制による売り上げの減少を心配する声も出ている。市は説明会を重ね、影響を抑えるとしている。",
    "開業に合わせ、市は交通系ICカードでの乗り継ぎ割引も導入する方針だ。",
]
JA2 = [
    "鴨川の納涼床が1日、今年の営業を始めた。川沿いの飲食店約90軒が、河原に張り出した木組みの床で夕涼みの客を迎える。",
    "初日は気温が30度を超え、開店直後から浴衣姿の客でにぎわった。大阪から訪れた会社員の女性は「川風が気持ちいい。毎年の楽しみです」と話した。",
    "組合によると、昨年の利用客は約25万人で、このうち3割が海外からの旅行者だった。今年は予約の受け付けを英語と中国語でも始めた。",
    "営業は9月末まで続く。組合は、夜10時以降の大声での会話を控えるよう利用客に呼びかけている。",
]
JA3 = [
    "株式会社サンプルは、家庭用の小型蓄電池「ミニセル」を6月1日に発売すると発表した。容量は2キロワット時で、停電時にはスマートフォンや照明を約3日間使えるという。",
    "価格は税込み14万8千円。重さは18キロで、キャスターを付けて室内で持ち運べるようにした。太陽光パネルとつなげば日中に充電できる。",
    "同社は初年度に1万台の販売を目指す。災害への備えとして、集合住宅に住む世帯の需要を見込んでいる。",
    "発売に先立ち、全国の家電量販店20店舗で実機の展示を始める。",
]
JA4 = [
    "大谷翔平が3日の試合で2本塁打を放ち、チームの連敗を4で止めた。今季の本塁打は15本となり、リーグ単独トップに立った。",
    "1本目は三回、外角の速球を左中間へ運んだ。七回には内角の変化球をとらえ、右翼席の最上段に届く特大の一発となった。",
    "試合後、大谷は「しっかり振れている。チームが勝てたのが一番」と話した。監督は「彼の打席には毎回何かが起こる期待感がある」とたたえた。",
    "チームは4日から本拠地で6連戦に臨む。",
]
KO1 = [
    "서울시는 오는 7월부터 한강 수상버스를 정식 운항한다고 5일 밝혔다. 마곡에서 잠실까지 7개 선착장을 잇는 노선으로, 출퇴근 시간에는 15분 간격으로 운항한다.",
    "요금은 편도 3천 원으로, 기후동행카드 이용자는 추가 요금 없이 탈 수 있다. 선박은 모두 친환경 하이브리드 방식으로 건조됐다.",
    "시는 하루 이용객을 약 3만 명으로 예상하고 있다. 다만 선착장과 지하철역 사이의 거리가 멀다는 지적에 따라 연계 버스 노선도 함께 신설할 계획이다.",
    '시 관계자는 "시범 운항에서 나온 의견을 반영해 안전 설비를 보완했다"고 말했다.',
]
