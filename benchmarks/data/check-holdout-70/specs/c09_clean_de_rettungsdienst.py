SPEC = dict(
name="clean-de-rettungsdienst", lang="de", outlet="Kurier am Brenntal", domain="kurier-brenntal.example",
path="/region/gesundheit/rettungsdienst-hilfsfrist-bericht-2026", published="2026-10-29T17:45:00+01:00",
title="Rettungswagen kommen auf dem Land oft zu spät", section="Gesundheit", author="Sabine Kolbeck-Rauter",
paras=[
"Im Kanton Brenntal erreicht der Rettungsdienst nur in 81 Prozent der Notfälle den Einsatzort innerhalb der vorgeschriebenen 15 Minuten. Das zeigt der Jahresbericht der kantonalen Gesundheitsdirektion, der am Donnerstag veröffentlicht wurde. Das Ziel liegt bei 90 Prozent.",
"Insgesamt rückten die Rettungsdienste im Jahr 2025 zu 64.300 Einsätzen aus, 4.100 mehr als im Vorjahr. In den Städten Brennau und Oberwil wurde die Frist in 93 Prozent der Fälle eingehalten, in den Berggemeinden des oberen Tals dagegen nur in 58 Prozent.",
"Ein Grund sind die Distanzen: Von der Rettungswache in Brennau bis nach Hinterstafel sind es 38 Kilometer, ein Großteil davon auf einer kurvigen Passstraße. Im Winter verlängert sich die Fahrzeit dorthin oft auf mehr als 45 Minuten.",
"Die Gesundheitsdirektion will deshalb zwei neue Wachen in Talmatt und Unterried bauen. Die Kosten werden auf 23,5 Millionen Franken geschätzt. Zusätzlich sollen 36 Rettungssanitäterinnen und -sanitäter eingestellt werden; derzeit beschäftigt der Kanton 248.",
"Gesundheitsdirektorin Regula Amstutz-Feer sagte, die Wache in Talmatt solle im zweiten Quartal 2027 in Betrieb gehen, jene in Unterried im ersten Quartal 2028. \"Wer in einem Bergdorf lebt, hat denselben Anspruch auf schnelle Hilfe wie jemand in der Stadt\", sagte sie.",
"Das Durchschnittsalter der Patientinnen und Patienten lag bei 61 Jahren. Knapp ein Drittel der Einsätze betraf Menschen über 80. Der Verband der Rettungsdienste weist darauf hin, dass die Zahl der Einsätze seit 2015 um 38 Prozent gestiegen ist, die Zahl der Fahrzeuge aber nur um 12 Prozent.",
"Der Kantonsrat wird im Dezember über den Kredit abstimmen. Die Vorlage kommt am Montag, dem 7. Dezember, in die erste Lesung.",
],
digest="""
ブレンタール州:救急車、山間部では到着の遅れが目立つ2026年10月30日 08:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 ブレンタール(Brenntal)州で、救急隊が定められた15分以内に現場に到着できたのは救急出動の81%にとどまったことが、州保健局が29日(木)に公表した年次報告でわかった。目標の90%を9ポイント下回った。

 主なハイライト

 出動件数:2025年の出動は6万4300件で、前年より4100件増えた。

 都市と山間部の差:ブレナウとオーバーヴィルでは93%が15分以内に到着したが、谷の上流の山間部の自治体では58%にとどまった。

 長い道のり:ブレナウの救急ステーションからヒンターシュタフェルまでは38キロあり、冬には所要時間がしばしば45分を超える。

 文脈

 新たな拠点:州保健局はタールマットとウンターリートに救急ステーションを新設する計画で、費用は2350万フランと見込まれる。

 人員の増強:救急救命士を36人増やし、現在の248人から284人体制とする。

 州議会は12月に予算を採決する予定で、議案は7日(月)に第1読会にかけられる。

【詳細】

 州の年次報告は、救急医療の地域格差を浮き彫りにした。以下、報告の内容と州の対策を整理する。

 報告の内容

 1.到着時間

 ・15分以内の到着率は81%で、目標の90%に届かなかった。
 ・山間部では58%にとどまり、都市部の93%と35ポイントの差があった。

 2.患者と出動の傾向

 ・患者の平均年齢は61歳で、出動の3分の1近くが80歳を超える人だった。
 ・救急団体によると、出動件数は2015年以降38%増えたが、車両は12%しか増えていない。

 州の対策

 1.救急ステーションの新設

 ・タールマットの拠点は2027年4〜6月期、ウンターリートの拠点は2028年1〜3月期に稼働する予定である。
 ・費用は合わせて2350万フランと見積もられている。

 2.州保健局長の発言

 ・レグラ・アムシュトゥッツ=フェーア(Regula Amstutz-Feer)保健局長は「山村に住む人にも、都市に住む人と同じように迅速な救助を受ける権利がある」と述べた。

 州議会での審議を経て、山間部の救急体制がどこまで改善するかが注目される。

【要点】

 報告の内容

 1.到着時間

 ・15分以内の到着は81%、山間部は58%。

 2.患者と出動の傾向

 ・出動6万4300件、2015年以降38%増。

 州の対策

 1.救急ステーションの新設

 ・2拠点を新設、2350万フラン。

 2.州保健局長の発言

 ・救急救命士を36人増員。

【引用・参照・底本】

Rettungswagen kommen auf dem Land oft zu spät Kurier am Brenntal 2026.10.29

https://kurier-brenntal.example/region/gesundheit/rettungsdienst-hilfsfrist-bericht-2026
""",
findings=[],
)
