SPEC = dict(
    lang="de", outlet="Nordheider Allgemeine Zeitung", section="Raumfahrt", author="Katrin Oberländer",
    title="Wetterauge-3 erfolgreich gestartet: Neuer Satellit soll alle fünf Minuten Bilder liefern",
    url="https://www.nordheider-allgemeine.example/wissen/raumfahrt/wetterauge-3-start-erfolgreich-100.html",
    published="2025-11-14T06:40:00+01:00", shown="14.11.2025, 06:40 Uhr",
    body=[
        "Der europäische Wettersatellit Wetterauge-3 ist in der Nacht zum Freitag erfolgreich ins All gestartet. Die Trägerrakete hob am Donnerstag, den 13. November, um 23:17 Uhr MEZ vom Raumhafen Sandbucht ab. Rund 34 Minuten später trennte sich der Satellit planmäßig von der Oberstufe.",
        "Wetterauge-3 soll in den kommenden zehn Tagen seine endgültige Umlaufbahn in rund 36.000 Kilometern Höhe erreichen. Von dort aus wird er Europa und Afrika beobachten und alle fünf Minuten ein vollständiges Bild liefern – bisher waren es alle 15 Minuten.",
        "Das Programm kostet insgesamt 1,3 Milliarden Euro. Davon entfallen 42 Millionen Euro auf eine neue Bodenstation im Allgäu, die die Daten empfangen und an die Wetterdienste der 23 Mitgliedsstaaten verteilen soll.",
        "„Für Unwetterwarnungen ist jede Minute entscheidend“, sagte Programmleiter Jürgen Falkenrath nach dem Start. Gewitterzellen könnten sich innerhalb einer Viertelstunde bilden; mit den häufigeren Aufnahmen ließen sich Warnungen deutlich früher ausgeben.",
        "An Bord befinden sich acht Instrumente, darunter ein Blitzsensor, der bis zu 500 Entladungen pro Sekunde registrieren kann. Der Satellit wiegt beim Start 3,8 Tonnen, etwa die Hälfte davon ist Treibstoff.",
        "Die geplante Lebensdauer liegt bei 15 Jahren. Der Vorgänger Wetterauge-2 war 2009 gestartet worden und ist damit seit 16 Jahren im Einsatz, deutlich länger als ursprünglich vorgesehen. Er soll nach einer Übergangsphase von etwa sechs Monaten abgeschaltet werden.",
        "Die ersten Testbilder erwarten die Ingenieure Anfang Januar, den regulären Betrieb im zweiten Quartal 2026. Falkenrath zeigte sich zuversichtlich: „Die ersten Signale sehen sehr gut aus.“",
    ],
)

DIGEST = """
ヴェッターアウゲ3号:5分ごとの気象画像へ2025年11月14日 18:30

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 欧州の気象衛星「ヴェッターアウゲ3号」が13日(木)午後11時17分(中欧時間)、日本時間14日午前8時17分にザントブフト宇宙基地から打ち上げられ、約34分後に上段から予定どおり分離された。

 主なハイライト

 撮影間隔の短縮:高度約3万6000キロの静止軌道から欧州とアフリカを観測し、これまでの15分ごとから5分ごとに全体画像を送る。撮影頻度は3倍になる。

 費用:計画の総額は1億3000万ユーロで、このうち4200万ユーロがアルゴイ地方の新しい地上局に充てられる。

 文脈

 悪天候の警報:計画責任者のユルゲン・ファルケンラート(Jürgen Falkenrath)氏は「警報には1分1秒が重要だ」と述べた。

 先代の長寿:2009年に打ち上げられた先代の2号は16年間運用されており、約6カ月の移行期間の後に停止される。

 最初の試験画像は1月初め、本格運用は2026年4〜6月期に始まる見通しである。

【詳細】

 新しい気象衛星は、雷雨の警報を早める役割を期待されている。以下、衛星の性能と計画の概要をまとめる。

 衛星の性能

 1.軌道と観測

 ・今後10日間で高度約3万6000キロの最終軌道に到達する。
 ・5分ごとに欧州とアフリカ全体の画像を送る。

 2.搭載機器

 ・8つの観測機器を搭載し、雷センサーは1秒あたり最大500回の放電を記録できる。
 ・打ち上げ時の重量は3.8トンで、約半分が燃料。

 計画と運用

 1.費用と地上局

 ・総費用のうち4200万ユーロを地上局に投じ、加盟23カ国の気象機関にデータを配信する。

 2.今後の予定

 ・設計寿命は15年。
 ・ファルケンラット氏は「最初の信号はとても良好だ」と自信を示した。

 雷雨は15分以内に発達することもあり、撮影間隔の短縮で警報をかなり早く出せるようになるという。

【要点】

 衛星の性能

 1.軌道と観測

 ・高度約3万6000キロから5分ごとに画像を送信。

 2.搭載機器

 ・観測機器8つ、重量3.8トン。

 計画と運用

 1.費用と地上局

 ・地上局に4200万ユーロ、加盟23カ国に配信。

 2.今後の予定

 ・設計寿命15年、本格運用は2026年4〜6月期。

【引用・参照・底本】

Wetterauge-3 erfolgreich gestartet: Neuer Satellit soll alle fünf Minuten Bilder liefern Nordheider Allgemeine Zeitung 2025.11.14

https://www.nordheider-allgemeine.example/wissen/raumfahrt/wetterauge-3-start-erfolgreich-100.html
"""

FINDINGS = [
    ("mismatch", "error", "午前8時17分"),
    ("mismatch", "error", "1億3000万ユーロ"),
    ("spelling", "warning", "ファルケンラット"),
]
