SPEC = dict(
    lang="de", outlet="Elbtaler Morgenpost", section="Umwelt", author="Tobias Reinhold",
    title="Dürresommer: Nur 312 Liter Regen pro Quadratmeter – Landwirte melden 210 Millionen Euro Schaden",
    url="https://www.elbtaler-morgenpost.example/umwelt/duerresommer-bilanz-regen-ernte-schaden-id48812.html",
    published="2025-09-03T15:25:00+02:00", shown="03.09.2025, 15:25 Uhr",
    body=[
        "Von März bis August sind an der Wetterstation Kirchberg nur 312 Millimeter Regen gefallen, deutlich weniger als das langjährige Mittel von 540 Millimetern. Das geht aus der Sommerbilanz hervor, die das Landesamt für Umwelt und Klima am Dienstag vorgelegt hat.",
        "Am Samstag, dem 9. August, wurde in Kirchberg mit 38,6 Grad Celsius die höchste Temperatur seit Beginn der Aufzeichnungen im Jahr 1881 gemessen. An 27 Tagen stieg das Thermometer über 30 Grad, im Durchschnitt der Jahre 1991 bis 2020 waren es 11.",
        "Die Folgen sind deutlich sichtbar. Der Grundwasserspiegel liegt an vielen Messstellen rund 1,4 Meter unter dem für die Jahreszeit üblichen Wert. Mehrere Gemeinden im Erzvorland mussten das Bewässern von Gärten und das Befüllen privater Pools untersagen.",
        "Der Landesbauernverband schätzt die Ernteausfälle auf 210 Millionen Euro. Besonders betroffen sind Mais und Zuckerrüben, bei denen die Erträge um bis zu 35 Prozent unter dem Vorjahr liegen. Rund 1.600 Betriebe haben bereits Hilfsanträge gestellt.",
        "Auch die Wälder litten. Die Feuerwehren mussten in diesem Sommer 14 Waldbrände löschen, die zusammen 480 Hektar erfassten. Der größte Brand bei Hohenlauf zerstörte allein 210 Hektar und war erst nach vier Tagen unter Kontrolle.",
        "Das Landesamt warnt, dass sich solche Sommer häufen werden. „Was wir heute als extrem bezeichnen, wird in 20 bis 30 Jahren ein normaler Sommer sein“, sagte Amtsleiterin Dr. Gesine Wohlfahrt. Sie forderte, Regenwasser in Städten stärker zurückzuhalten und Wälder schneller umzubauen.",
        "Das Land hat ein Hilfsprogramm über 60 Millionen Euro angekündigt. Die Anträge sollen bis Ende Oktober bearbeitet werden.",
    ],
)

DIGEST = """
干ばつの夏:雨量312ミリ、農業被害2億1000万ユーロ2025年09月04日 08:30

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 キルヒベルクの気象観測所で、3月から8月までの降水量は312ミリにとどまり、平年の540ミリの約4割だった。州環境気候庁が2日(火)に夏の総括を公表した。

 主なハイライト

 記録的な暑さ:8月10日(土)にキルヒベルクで38.6度を観測し、1881年の観測開始以来の最高気温となった。30度を超えた日は27日で、1991〜2020年平均の11日を16日上回った。

 農業の被害:州農業者連盟は収穫の損失を2億1000万ユーロと見積もる。トウモロコシとテンサイの収量は前年を最大35%下回り、約1600の農家がすでに支援を申請した。

 文脈

 地下水:多くの観測地点で地下水位が例年より約1.4メートル低く、一部の自治体は庭の散水や個人用プールへの注水を禁止した。

 森林火災:今夏の森林火災は14件、焼失面積は計480ヘクタールで、最大のホーエンラウフの火災だけで210ヘクタールが焼けた。

 州のクラウス・ハーゲン環境相は6000万ユーロの支援策を発表し、申請は10月末までに処理される。

【詳細】

 降水不足と猛暑が重なり、農業と森林に大きな被害が出た。以下、総括の内容をまとめる。

 夏の気象

 1.降水量

 ・3〜8月の降水量は312ミリで、平年を228ミリ下回った。

 2.気温

 ・最高気温38.6度は1881年以降の記録。
 ・30度超えの日は27日。

 被害と対策

 1.農業と森林

 ・収穫の損失は2億1000万ユーロ、支援申請は約1600件。
 ・最大の火災は鎮火まで4日かかった。

 2.今後の備え

 ・同庁のゲジーネ・ヴォールファールト(Gesine Wohlfahrt)長官は「今日の極端が20〜30年後には普通の夏になる」と警告した。
 ・都市での雨水の貯留と森林の転換を急ぐよう求めた。

 州は6000万ユーロの支援策で農家を支える。

【要点】

 夏の気象

 1.降水量

 ・降水量312ミリ、平年540ミリを大幅に下回る。

 2.気温

 ・38.6度で観測史上最高。

 被害と対策

 1.農業と森林

 ・農業被害2億1000万ユーロ、森林火災14件で480ヘクタール焼失。

 2.今後の備え

 ・支援策は6000万ユーロ。

【引用・参照・底本】

Dürresommer: Nur 312 Liter Regen pro Quadratmeter – Landwirte melden 210 Millionen Euro Schaden Elbtaler Morgenpost 2025.09.03

https://www.elbtaler-morgenpost.example/umwelt/duerresommer-bilanz-regen-ernte-schaden-id48812.html
"""

FINDINGS = [
    ("mismatch", "error", "約4割"),
    ("mismatch", "error", "8月10日"),
    ("name", "warning", "クラウス・ハーゲン"),
]
