SLUG = "rail-strike"
LANG = "fr"
META = dict(
    site="L'Écho des Deux Rives",
    title="Grève à la CFN : un TGV sur trois circulera mardi soir et mercredi",
    url="https://www.echodeuxrives.example/economie/transports/greve-cfn-un-tgv-sur-trois-18-mars_4471203",
    published="2025-03-17T18:20:00+01:00",
    time_display="Publié le lundi 17 mars 2025 à 18 h 20",
    author="Claire Vasseur",
    section="Économie",
)
BODY = [
    "La Compagnie ferroviaire nationale (CFN) prévoit de faire circuler un TGV sur trois et 40 % des trains régionaux pendant la grève appelée par quatre syndicats du mardi 18 mars à 19 heures au jeudi 20 mars à 8 heures, a annoncé la direction lundi en fin d'après-midi.",
    "Sur les lignes Intercités, un seul train sur quatre est maintenu. Sur le réseau de banlieue de la métropole de Valbrune, la direction prévoit la moitié du trafic aux heures de pointe et aucun train après 21 h 30 mercredi.",
    "Le mouvement porte sur les salaires. Les syndicats réclament une hausse générale de 4,5 % pour 2025, alors que la direction propose 2,1 %, assortie d'une prime unique de 600 euros. « Avec une inflation à 2,8 % l'an dernier, 2,1 %, c'est une baisse du pouvoir d'achat », a déclaré Nadia Ferrand, secrétaire générale de l'Union des cheminots (UDC), premier syndicat de l'entreprise.",
    "Selon la direction, environ 1,2 million de voyageurs sont concernés chaque jour. La CFN estime le coût de chaque journée de grève à 18 millions d'euros, un montant à rapporter à un chiffre d'affaires de 12,4 milliards d'euros en 2024. L'entreprise emploie 68 500 salariés, dont près de 9 000 conducteurs.",
    "Le ministre des Transports, Étienne Varenne, a convoqué les syndicats et la direction jeudi à 15 heures, quelques heures après la fin prévue du mouvement. « Je demande à chacun de faire un pas », a-t-il déclaré lundi matin sur une radio locale.",
    "Les voyageurs dont le train est supprimé peuvent échanger leur billet ou se le faire rembourser sans frais jusqu'au 31 mars. La CFN conseille de reporter les déplacements non indispensables et publiera les horaires définitifs mardi à 17 heures.",
    "C'est le troisième mouvement social depuis le début de l'année. La dernière grève, les 4 et 5 février, avait été suivie par 27,3 % des agents selon la direction, et par 41 % selon les syndicats.",
    "La Fédération des usagers du rail a dénoncé « une nouvelle journée galère pour les voyageurs », tout en reconnaissant que « les cheminots ont perdu du pouvoir d'achat depuis trois ans ». Son président, Hervé Moulin, demande que les abonnés du quotidien soient indemnisés à hauteur de la moitié de leur abonnement mensuel.",
    "Du côté du fret, la direction indique que les trains de marchandises prioritaires, notamment ceux qui transportent des produits dangereux ou des denrées périssables, seront assurés.",
]
HEADLINE = "CFN:ストで高速列車は3本に1本"
POSTED = "2025年03月18日 09:40"
CREDIT = "国立国会図書館デジタルコレクション「東海道五十三次」を加工して作成"
DIGEST = """
【概要】

 全国鉄道会社(CFN)は17日夕方、労働組合4団体が呼びかけた18日(火)午後7時から20日(木)午前8時までの約1日半(37時間)のストライキ期間中、高速列車TGVの3本に1本と地域圏列車の40%を運行すると発表した。

 主なハイライト

 運行計画:都市間列車(アンテルシテ)は4本に1本のみの運行となる。ヴァルブリュンヌ(Valbrune)都市圏の近郊路線は、ラッシュ時に通常の半分を運行し、19日(水)は午後9時30分以降は運休する。

 賃金をめぐる隔たり:組合は2025年の一律4.5%の賃上げを求めているが、経営側の提示は2.1%と600ユーロの一時金にとどまり、両者の差は2.4ポイントある。

 影響の規模:1日に約120万人の利用者が影響を受ける。CFNはスト1日あたりの損失を1800万ユーロと見積もっている。2024年の売上高は124億ユーロだった。

 文脈

 労使の対立:最大労組である鉄道員組合(UDC)のナディア・フェラン(Nadia Ferrand)書記長は「昨年のインフレ率が2.8%だったのだから、2.1%は購買力の低下だ」と批判した。

 政府の仲介:エティエンヌ・ヴァレンヌ(Étienne Varenne)運輸相は、ストの終了予定から数時間後の20日(木)午後3時(日本時間同日午後11時)に労使を招集した。

 年明けから3回目となるストで、利用者団体からは不満の声とともに、鉄道員の購買力低下に理解を示す声も上がっている。

【詳細】

 賃上げ率をめぐる労使の溝が埋まらないまま、CFNは今年3回目のストを迎える。以下、運行計画と対立の構図を整理する。

 ストライキの概要

 1.期間と運行本数

 ・ストは18日(火)午後7時(日本時間19日午前3時)から20日(木)午前8時まで。
 ・TGVは3本に1本、地域圏列車は40%、都市間列車は4本に1本を運行する。
 ・最終的な時刻表は18日午後5時に公表される。

 2.利用者への対応

 ・運休となった列車の切符は、3月31日まで無料で変更または払い戻しができる。
 ・CFNは不要不急の移動を控えるよう呼びかけている。
 ・貨物列車は、危険物や生鮮食品を運ぶ優先列車を運行する。

 対立の構図

 1.賃上げ要求

 ・組合は4.5%、経営側は2.1%と600ユーロの一時金を提示している。
 ・CFNの従業員は6万8500人で、うち運転士は約9000人。

 2.過去のスト

 ・2月4〜5日の前回ストの参加率は、経営側発表で27.3%、組合発表で41%だった。

 3.利用者団体の反応

 ・鉄道利用者連盟は「利用者にとってまた大変な一日になる」と非難する一方、「鉄道員はこの3年で購買力を失った」とも認めた。
 ・エルヴェ・ムーラン(Hervé Moulin)会長は、定期券利用者に月額定期代の半額を補償するよう求めている。

 20日の労使協議で歩み寄りがみられるかどうかが焦点となる。

【要点】

 ストライキの概要

 1.期間と運行本数

 ・18日午後7時から20日午前8時まで、TGVは3本に1本の運行。

 2.利用者への対応

 ・3月31日まで無料で変更・払い戻し可能。

 対立の構図

 1.賃上げ要求

 ・組合4.5%、経営側2.1%で2.4ポイントの差。

 2.過去のスト

 ・2月の前回ストの参加率は27.3%(経営側)。

 3.利用者団体の反応

 ・定期代の半額補償を要求。
"""
ERRORS = [
    dict(old="2024年の売上高は124億ユーロだった。", new="2024年の売上高は1兆2400億ユーロだった。", kind="mismatch", severity="error", span="1兆2400億ユーロ"),
    dict(old="20日(木)午後3時", new="20日(金)午後3時", kind="mismatch", severity="error", span="20日(金)"),
    dict(old="・2月4〜5日の前回ストの参加率は、経営側発表で27.3%、組合発表で41%だった。",
         new="・2月4〜5日の前回ストの参加率は、経営側発表で27.3%、組合発表で41%だった。前回は約4万本の列車が運休した。",
         kind="unsupported", severity="warning", span="約4万本"),
]
