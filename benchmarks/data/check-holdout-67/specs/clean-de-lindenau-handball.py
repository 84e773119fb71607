CASE = dict(
    lang="de", outlet="Nordsee Kurier Sport", author="Jannik Feddersen", section="Handball",
    title="HSG Lindenau schlägt Eschwald und zieht ins Pokal-Viertelfinale ein",
    url="https://sport.nordsee-kurier.example/handball/pokal/hsg-lindenau-tv-eschwald-31-27",
    published="2026-12-02T23:20:00+01:00", shown_time="Mittwoch, 02.12.2026 – 23:20 Uhr",
    body=[
        "Die HSG Lindenau steht im Viertelfinale des DHB-Pokals. Vor 6.850 Zuschauern in der ausverkauften Deichlandhalle gewann der Tabellenvierte am Mittwochabend mit 31:27 (14:15) gegen den TV Eschwald. Anpfiff war um 20.30 Uhr.",
        "Bester Werfer der Gastgeber war Rückraumspieler Mats Oltmanns mit neun Toren, sieben davon erzielte er nach der Pause. Torhüter Bjarne Ketelsen parierte 16 von 43 Würfen, eine Quote von 37 Prozent, und hielt in der Schlussphase zwei Siebenmeter.",
        "Eschwald hatte zur Pause noch knapp geführt und lag auch nach 41 Minuten mit 21:19 vorn. Dann gelang Lindenau ein 6:0-Lauf binnen sieben Minuten, von dem sich die Gäste nicht mehr erholten.",
        "„Wir haben in der Abwehr endlich die Zweikämpfe angenommen\", sagte Trainer Henrik Asmussen, 44, der die Mannschaft seit Sommer 2024 betreut. Für Lindenau ist es der erste Einzug in ein Pokal-Viertelfinale seit der Saison 2011/12.",
        "Das Weiterkommen ist auch wirtschaftlich wichtig: Der Verein rechnet mit Mehreinnahmen von rund 250.000 Euro aus Zuschauererlösen und TV-Geldern. Der Etat der laufenden Saison liegt bei 5,6 Millionen Euro, 0,8 Millionen mehr als im Vorjahr.",
        "Geschäftsführerin Anke Thießen kündigte an, die Halle bis 2028 auf 8.000 Plätze zu erweitern. Die Kosten von 14 Millionen Euro teilen sich Verein, Stadt und Land zu je einem Drittel.",
        "Die Viertelfinalspiele werden am Sonntag ausgelost und Anfang Februar ausgetragen. In der Liga empfängt Lindenau bereits am Samstag um 18 Uhr den Tabellenzweiten SC Marbeck.",
        'Die Gäste aus Eschwald reisten nach dem Spiel enttäuscht ab. Ihr Trainer lobte zwar die erste Halbzeit seiner Mannschaft, bemängelte aber die vielen technischen Fehler nach dem Seitenwechsel.',
    ],
    findings=[],
    digest="""
HSGリンデナウ:エシュヴァルトを破りカップ8強入り2026年12月03日 11:00

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 ハンドボールのドイツ・カップ(DHBポカール)で、リーグ4位のHSGリンデナウ(HSG Lindenau)が2日(水)、TVエシュヴァルト(TV Eschwald)を31対27で破り、準々決勝に進んだ。リンデナウのカップ8強入りは2011/12年シーズン以来となる。

 主なハイライト

 後半の逆転:前半は14対15とリードを許し、41分の時点でも19対21だったが、7分間で6連続得点を挙げて逆転した。

 攻守の主役:バックプレーヤーのマッツ・オルトマンス(Mats Oltmanns)が9得点(うち後半7得点)、GKビャーネ・ケテルセン(Bjarne Ketelsen)は43本中16本を止め、セーブ率は37%だった。

 文脈

 満員の観客:試合は現地時間午後8時30分(日本時間3日(木)午前4時30分)に始まり、デイヒラントハレは6850人で満員となった。

 経営への効果:クラブは観客収入とテレビ放映権料で約25万ユーロの増収を見込む。今季の予算は560万ユーロで、前年より80万ユーロ多い。

 準々決勝の組み合わせ抽選は6日(日)に行われ、試合は2月上旬に開催される。

【詳細】

 リンデナウは守備の立て直しで試合をひっくり返した。以下、試合の流れとクラブの計画をまとめる。

 試合の流れ

 1.前半と後半序盤

 ・エシュヴァルトが前半を15対14で折り返し、41分には21対19とリードしていた。

 2.逆転

 ・リンデナウは7分間で6対0のランを見せ、そのまま31対27で勝った。
 ・ケテルセンは終盤に7メートルスローを2本止めた。

 監督とクラブの計画

 1.アスムッセン監督

 ・2024年夏から指揮を執る44歳のヘンリク・アスムッセン(Henrik Asmussen)監督は「守備でようやく1対1の勝負を受けて立った」と語った。

 2.アリーナの拡張

 ・アンケ・ティーセン(Anke Thießen)代表は、2028年までにアリーナを8000席に拡張すると表明した。
 ・費用1400万ユーロは、クラブと市、州が3分の1ずつ負担する。1者あたり約467万ユーロとなる。

 リンデナウは5日(土)午後6時、リーグ2位のSCマールベックをホームに迎える。

【要点】

 試合の流れ

 1.前半と後半序盤

 ・41分時点で19対21とリードされる。

 2.逆転

 ・6連続得点で逆転し、31対27で勝利。

 監督とクラブの計画

 1.アスムッセン監督

 ・守備の改善を勝因に挙げる。

 2.アリーナの拡張

 ・2028年までに8000席へ、費用1400万ユーロを3者で分担。

【引用・参照・底本】

HSG Lindenau schlägt Eschwald und zieht ins Pokal-Viertelfinale ein Nordsee Kurier Sport 2026.12.02

https://sport.nordsee-kurier.example/handball/pokal/hsg-lindenau-tv-eschwald-31-27
""")
