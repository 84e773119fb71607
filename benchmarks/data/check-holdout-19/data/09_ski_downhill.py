SLUG = "ski-downhill"
LANG = "de"
META = dict(
    site="Alpenländische Sportzeitung",
    title="Brandstätter gewinnt Abfahrt in Sankt Veitsberg und baut Führung aus",
    url="https://www.alpensportzeitung.example/ski-alpin/weltcup/brandstaetter-abfahrt-sankt-veitsberg-2026",
    published="2026-01-17T16:40:00+01:00",
    time_display="17. Jänner 2026, 16:40",
    author="Florian Mairhofer",
    section="Ski alpin",
)
BODY = [
    "Lukas Brandstätter hat am Samstag die Weltcup-Abfahrt in Sankt Veitsberg gewonnen. Der 29-jährige Tiroler fuhr auf der 3312 Meter langen „Falkenwand“ in 1:52,37 Minuten Bestzeit und verwies den Schweizer Noah Fankhauser um 18 Hundertstelsekunden auf Platz zwei. Dritter wurde der Norweger Eirik Solbakk mit 0,41 Sekunden Rückstand.",
    "Für Brandstätter ist es der siebte Weltcupsieg seiner Karriere und der dritte in diesem Winter. In der Abfahrtswertung führt er nun mit 340 Punkten, 85 Zähler vor Fankhauser.",
    "„Im unteren Teil habe ich gewusst, dass ich alles riskieren muss“, sagte Brandstätter, der bei der letzten Zwischenzeit noch zwei Zehntelsekunden hinter Fankhauser gelegen war. „Die Ski sind heute gelaufen wie noch nie.“",
    "Das Rennen war wegen starken Windes im Startbereich um eine Stunde verschoben worden und begann erst um 11.30 Uhr. Auf eine Verkürzung der Strecke, die einen Höhenunterschied von 860 Metern aufweist, verzichteten die Veranstalter.",
    "Bei minus 14 Grad im Startbereich und Windböen von bis zu 60 km/h kamen nur 48 der 53 gestarteten Läufer ins Ziel. Der Franzose Mathis Roux stürzte im Zielhang schwer und wurde mit dem Hubschrauber ins Landeskrankenhaus geflogen. Nach ersten Angaben erlitt er eine Knieverletzung.",
    "Für die österreichischen Herren war es der erste Abfahrtssieg in Sankt Veitsberg seit 2014. Das Rennen wird seit 1967 ausgetragen und zählt zu den Klassikern im Weltcupkalender. 24.500 Zuschauer verfolgten es bei Sonnenschein im Zielstadion.",
    "Fankhauser, der im Vorjahr in Sankt Veitsberg ebenfalls Zweiter geworden war, zeigte sich trotz der knappen Niederlage zufrieden. „Achtzehn Hundertstel sind fast nichts, aber heute war Lukas einfach besser“, sagte der 31-Jährige, der in diesem Winter bereits zwei Abfahrten gewonnen hat. Solbakk sprach von „dem schwierigsten Wind, den ich je auf dieser Strecke erlebt habe“.",
    "Bester Deutscher wurde Maximilian Kessler als Zwölfter mit 1,26 Sekunden Rückstand. Der Titelverteidiger aus dem Vorjahr, der Italiener Davide Sartori, kam nach einem Fahrfehler im Mittelteil nur auf Rang 19.",
    "Am Sonntag steht in Sankt Veitsberg noch ein Super-G auf dem Programm, Start ist um 10.45 Uhr. Die nächste Abfahrt folgt in einer Woche in Hohenfelden.",
]
HEADLINE = "スキーW杯:ブランドシュテッターが滑降で今季3勝目"
POSTED = "2026年01月18日 08:05"
CREDIT = "国立国会図書館デジタルコレクション「東海道五十三次」を加工して作成"
DIGEST = """
【概要】

 アルペンスキーのワールドカップ(W杯)男子滑降が17日(土)、ザンクト・ファイツベルクで行われ、オーストリア・チロル出身のルーカス・ブランドシュテッター(Lukas Brandstätter)が1分52秒37で優勝した。2位のスイスのノア・ファンクハウザー(Noah Fankhauser)とは0秒18差、3位のノルウェーのエイリク・ソルバック(Eirik Solbakk)とは0秒41差だった。

 主なハイライト

 通算7勝目:29歳のブランドシュテッターにとってW杯通算7勝目、今季3勝目となった。

 種目別で首位固め:滑降の種目別ランキングでは340点で首位を守り、2位ファンクハウザー(255点)との差を85点に広げた。

 終盤の逆転:最終計測地点ではファンクハウザーに0秒2遅れていたが、下部区間で逆転し、その区間だけで0秒38を挽回した。

 文脈

 悪条件のレース:スタート地点の強風でレースは1時間遅れ、現地時間午前11時30分(日本時間午後7時30分)に始まった。スタート地点の気温は氷点下14度、最大瞬間風速は時速60キロに達し、出走53人のうち完走は48人にとどまった。

 伝統の一戦:1967年から60年近く開催されている伝統のレースで、オーストリア男子の同地での滑降優勝は2014年以来12年ぶり。ゴールエリアには2万4500人が詰めかけた。

 18日(日)には同じ会場でスーパー大回転が行われ、次の滑降は1週間後にホーエンフェルデンで開かれる。

【詳細】

 強風と厳しい寒さの中で行われた伝統の滑降で、種目別首位のブランドシュテッターが勝負強さを見せた。以下、レースの結果と今後の日程をまとめる。

 レース結果

 1.上位3人

 ・1位:ブランドシュテッター(オーストリア)1分52秒37
 ・2位:ファンクハウザー(スイス)0秒18差
 ・3位:ソルバック(ノルウェー)0秒41差

 2.コースと条件

 ・「ファルケンヴァント」コースは全長3312メートル(約3.3キロ)、標高差860メートル。
 ・主催者はコースの短縮は見送った。
 ・フランスのマティス・ルー(Mathis Roux)がゴール手前の斜面で激しく転倒し、ヘリコプターで州立病院に搬送された。ひざを負傷したとみられる。

 3.そのほかの選手

 ・ドイツ勢最上位はマクシミリアン・ケスラー(Maximilian Kessler)で、1秒26差の12位。
 ・前年優勝のイタリアのダビデ・サルトーリ(Davide Sartori)は中間部でミスがあり19位に終わった。

 勝者の声と今後

 1.ブランドシュテッターのコメント

 ・「下部では、すべてを懸けなければならないと分かっていた」「今日はスキーがかつてないほどよく走った」と語った。

 2.今後の日程

 ・18日(日)にスーパー大回転を実施し、スタートは現地時間午前10時45分(日本時間午後6時45分)。
 ・次の滑降は1週間後にホーエンフェルデンで行われる。

 種目別ランキングで85点のリードを得たブランドシュテッターは、滑降の種目別タイトル争いで優位に立った。

【要点】

 レース結果

 1.上位3人

 ・ブランドシュテッターが1分52秒37で優勝、2位と0秒18差。

 2.コースと条件

 ・強風で1時間遅れ、53人中48人が完走。

 3.そのほかの選手

 ・ドイツ勢最上位は12位。

 勝者の声と今後

 1.ブランドシュテッターのコメント

 ・W杯通算7勝目、今季3勝目。

 2.今後の日程

 ・18日にスーパー大回転、1週間後に次の滑降。
"""
ERRORS = [
    dict(old="2位ファンクハウザー(255点)", new="2位ファンクハウザー(245点)", kind="mismatch", severity="error", span="245点"),
    dict(old="・2位:ファンクハウザー(スイス)0秒18差", new="・2位:ファンクハウザー(スイス)0秒41差", kind="mismatch", severity="error", span="ファンクハウザー(スイス)0秒41差"),
    dict(old="・主催者はコースの短縮は見送った。", new="・主催者はコースの短縮は見送った。ブランドシュテッターの最高速度は時速138キロに達した。", kind="unsupported", severity="warning", span="時速138キロ"),
]
