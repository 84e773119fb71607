CASE = dict(
    lang="en", outlet="Capital Football Bulletin", author="Priya Marwood", section="Transfers",
    title="Halden Athletic agree record £72m deal for Osterby winger Kjellberg",
    url="https://www.capitalfootballbulletin.example/transfers/halden-athletic-kjellberg-record-fee",
    published="2026-12-03T16:45:00+00:00", shown_time="Thursday 3 December 2026, 4:45pm",
    body=[
        "Halden Athletic have agreed a club-record fee of £72 million with Osterby FC for the winger Emil Kjellberg, with the deal due to be completed when the transfer window opens on January 1.",
        "The fee is made up of £64 million up front and £8 million in add-ons linked to appearances and trophies. It beats the £55 million Halden paid for the defender Marcus Oyelaran in 2024 by £17 million.",
        "Kjellberg, 22, has agreed a contract until June 2031 worth a reported £190,000 a week. He has scored nine goals and provided seven assists in 21 matches in all competitions this season, and made his international debut for Norway in March.",
        "Osterby signed Kjellberg from the Swedish club Malmvik for £4.5 million in 2023, meaning they will make a profit of more than £60 million. Osterby will also pay 15% of their profit on the deal to Malmvik under a sell-on clause.",
        "Halden manager Vittorio Casarin, who has spent £212 million on new players since his appointment in May 2025, said the club had tracked Kjellberg \"for more than two years\".",
        "Halden are fourth in the league, 11 points behind the leaders, Redcastle United, after 15 games. They have scored 27 goals, fewer than any of the other top-six teams.",
        "Kjellberg will undergo a medical next week. He is expected to make his debut in the FA Trophy third round at home to Brindle Town on Saturday, January 9.",
        "Osterby's supporters have reacted angrily to the sale, with a fans' group saying the club had once again sold its best young player in the middle of the season.",
    ],
    findings=[("mismatch", "error", "7億2000万ポンド"), ("mismatch", "error", "23歳"), ("mismatch", "error", "2030年6月")],
    digest="""
ハルデン・アスレチック:シェルベリ獲得でクラブ最高額2026年12月04日 07:30

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 ハルデン・アスレチック(Halden Athletic)は、オスタービーFC(Osterby FC)のウイング、エミル・シェルベリ(Emil Kjellberg)の獲得でクラブと合意した。移籍金はクラブ史上最高の7億2000万ポンドで、移籍市場が開く1月1日に正式に完了する見通しである。

 主なハイライト

 移籍金の内訳:固定額6400万ポンドに、出場数やタイトルに連動する追加払い800万ポンドが上乗せされる。

 これまでの最高額を更新:2024年にDFマーカス・オイェララン(Marcus Oyelaran)獲得に支払った5500万ポンドを1700万ポンド上回る。

 23歳の逸材:シェルベリは2030年6月までの契約に合意し、週給は約19万ポンドと伝えられる。今季は公式戦21試合で9得点7アシストを記録している。

 文脈

 オスタービーの利益:オスタービーは2023年にスウェーデンのマルムビークから450万ポンドで獲得しており、6000万ポンドを超える利益を得る。売却益の15%はマルムビークに支払われる。

 監督の大型補強:2025年5月に就任したビットリオ・カザリン(Vittorio Casarin)監督は、これまでに新戦力に2億1200万ポンドを投じている。

【詳細】

 ハルデンは攻撃力不足の解消に向け、巨額の補強に踏み切った。以下、契約の中身とチームの状況をまとめる。

 移籍の概要

 1.移籍金

 ・固定額6400万ポンドと追加払い800万ポンド。
 ・カザリン監督は「2年以上にわたって追ってきた」と語った。

 2.選手の横顔

 ・シェルベリは今年3月にノルウェー代表デビューを果たした。
 ・メディカルチェックは来週行われる。

 チームの状況

 1.順位

 ・ハルデンは15試合を終えて4位で、首位レッドキャッスル・ユナイテッドとは勝ち点11差。
 ・27得点は上位6チームの中で最も少ない。

 2.デビュー予定

 ・1月9日(土)、FAトロフィー3回戦のブリンドル・タウン戦でのデビューが見込まれる。

【要点】

 移籍の概要

 1.移籍金

 ・クラブ最高額、追加払い込みで総額は過去最高を1700万ポンド上回る。

 2.選手の横顔

 ・今季21試合で9得点7アシスト。

 チームの状況

 1.順位

 ・4位で首位と11差、得点力不足が課題。

 2.デビュー予定

 ・1月9日(土)のカップ戦でデビューの見込み。

【引用・参照・底本】

Halden Athletic agree record £72m deal for Osterby winger Kjellberg Capital Football Bulletin 2026.12.03

https://www.capitalfootballbulletin.example/transfers/halden-athletic-kjellberg-record-fee
""")
