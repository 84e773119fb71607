SPEC = dict(
    lang="de", outlet="Breisgauer Neueste Nachrichten", section="Umwelt", author="Henrike Vogelsang",
    title="Insektenzählung im Auwald: 1.143 Arten, aber deutlich weniger Biomasse",
    url="https://www.breisgauer-nachrichten.example/umwelt/insektenzaehlung-auwald-ergebnisse-2025",
    published="2025-08-27T10:05:00+02:00", shown="27.08.2025 – 10:05 Uhr",
    body=[
        "Bei der bislang größten Insektenzählung im Auwald von Rheinweiler haben Forschende und Ehrenamtliche 1.143 Arten nachgewiesen. Darunter sind 87 Arten, die in der Region noch nie dokumentiert worden waren, und 112 Arten, die auf der Roten Liste stehen, wie das Naturkundemuseum Waldmark am Dienstag mitteilte.",
        "Zugleich bestätigt die Untersuchung einen langfristigen Rückgang: Die Biomasse der in Fallen gefangenen Fluginsekten lag um 41 Prozent unter dem Wert von 1995, als an denselben Standorten zum ersten Mal gemessen wurde.",
        "Die Zählung lief von Anfang Mai bis Ende Juli über 13 Wochen. Insgesamt 240 Freiwillige beteiligten sich, unterstützt von 18 Fachleuten des Museums. Untersucht wurde eine Fläche von 2.500 Hektar, davon rund 900 Hektar Auwald und der Rest Wiesen und Äcker.",
        "„Die Vielfalt ist noch da, aber die Menge fehlt“, sagte Projektleiterin Dr. Annegret Kolb. Besonders stark sei der Rückgang bei Nachtfaltern und Schwebfliegen, die für die Bestäubung vieler Wildpflanzen wichtig seien.",
        "Als Gründe nennen die Forschenden den Verlust blütenreicher Wiesen, den Einsatz von Pflanzenschutzmitteln auf angrenzenden Äckern und die zunehmende Trockenheit. Im Juli fielen an der Messstation Rheinweiler nur 19 Millimeter Regen, ein Drittel des langjährigen Mittels.",
        "Das Land fördert das Projekt mit 3,2 Millionen Euro über fünf Jahre. Im kommenden Jahr sollen 40 Hektar Acker in Blühwiesen umgewandelt werden, um zu prüfen, wie schnell sich die Insektenbestände erholen.",
        "Kolb hofft, dass die Zählung zur festen Einrichtung wird: „Nur wenn wir jedes Jahr messen, können wir sagen, ob Maßnahmen wirken.“",
    ],
)

DIGEST = """
ラインヴァイラーの河畔林:昆虫1143種、量は大幅減2025年08月27日 22:30

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 ラインヴァイラーの河畔林で過去最大規模の昆虫調査が行われ、1143種が確認された。ヴァルトマルク自然史博物館が26日(火)に発表した。一方で、飛翔昆虫の生物量は1995年の初回調査から4割余り減っていた。

 主なハイライト

 多様性:地域で初めて記録された87種と、レッドリストに載る112種が含まれ、確認種のほぼ1割がレッドリスト掲載種だった。

 生物量の減少:わなで捕獲した飛翔昆虫の生物量は、同じ地点で初めて測定した1995年を41%下回った。30年間での減少となる。

 調査の規模:5月初めから7月末までの13週間に、ボランティア240人と博物館の専門家18人が参加した。

 文脈

 調査地:対象面積は2500ヘクタールで、このうち約900ヘクタールが河畔林、残る約1600ヘクタールが草地と畑である。

 乾燥:7月のラインヴァイラー観測所の降水量はわずか19ミリで、平年の3分の1だった。

 州は5年間で320万ユーロを助成しており、来年は畑40ヘクタールを花の咲く草地に転換して回復の速さを確かめる。

【詳細】

 種の多様さは保たれているものの、昆虫の量は大きく減っていることが確かめられた。以下、調査の結果と背景をまとめる。

 調査の結果

 1.確認された種

 ・1143種を確認、うち87種は地域で初記録、112種はレッドリスト掲載種。

 2.生物量

 ・飛翔昆虫の生物量は1995年比で41%減少した。
 ・特に夜行性のガとハナアブの減少が著しい。

 原因と対策

 1.減少の理由

 ・研究者は、花の多い草地の消失、隣接する畑での農薬使用、乾燥の進行を挙げた。
 ・プロジェクト責任者のアンネグレート・コルプ(Annegret Kolb)博士は「多様性はまだあるが、量が足りない」と述べた。

 2.今後の計画

 ・州の助成は5年間で320万ユーロ。
 ・来年、畑40ヘクタールを花の草地に転換する。

 コルプ博士は「毎年測定してこそ対策の効果がわかる」として、調査の定例化を望んでいる。

【要点】

 調査の結果

 1.確認された種

 ・1143種を確認、初記録87種、レッドリスト112種。

 2.生物量

 ・生物量は1995年比41%減。

 原因と対策

 1.減少の理由

 ・草地の消失、農薬、乾燥が要因。

 2.今後の計画

 ・5年間で320万ユーロ、畑40ヘクタールを草地に転換。

【引用・参照・底本】

Insektenzählung im Auwald: 1.143 Arten, aber deutlich weniger Biomasse Breisgauer Neueste Nachrichten 2025.08.27

https://www.breisgauer-nachrichten.example/umwelt/insektenzaehlung-auwald-ergebnisse-2025
"""

FINDINGS = []
