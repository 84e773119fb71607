SPEC = dict(
name="err-de-studierende-mieten", lang="de", outlet="Rheinfelder Allgemeine Zeitung", domain="rheinfelder-allgemeine.example",
path="/bildung/studierende-wohnkosten-umfrage-2026", published="2026-04-22T16:20:00+02:00",
title="Studierende geben fast die Hälfte ihres Geldes für die Miete aus", section="Bildung", author="Jonas Brenninkmeyer",
paras=[
"Studierende im Land Ostmarkenau geben im Schnitt 47 Prozent ihrer monatlichen Einnahmen für die Miete aus. Das geht aus der Sozialerhebung hervor, die das Studierendenwerk Ostmarkenau am Mittwoch in Lindenfurt vorgestellt hat.",
"Für die Erhebung wurden im Wintersemester 6.800 Studierende an elf Hochschulen befragt. Drei Jahre zuvor lag der Mietanteil noch bei 41 Prozent; er ist also um sechs Prozentpunkte gestiegen. Die durchschnittliche Warmmiete beträgt nun 498 Euro im Monat, nach 412 Euro bei der letzten Erhebung.",
"Besonders angespannt ist die Lage in Lindenfurt selbst, wo ein Zimmer in einer Wohngemeinschaft im Mittel 560 Euro kostet. In den kleineren Hochschulstädten Kessbach und Tannrode liegen die Mieten bei 390 beziehungsweise 365 Euro.",
"Rund 23 Prozent der Befragten gaben an, neben dem Studium mehr als 15 Stunden pro Woche zu arbeiten. Bei Studierenden unter 21 Jahren waren es 14 Prozent, bei den über 25-Jährigen 38 Prozent.",
"Das Studierendenwerk betreibt derzeit 9.400 Wohnheimplätze, auf die im vergangenen Herbst rund 21.000 Bewerbungen kamen. Bis 2030 sollen 2.500 neue Plätze entstehen. Das Land stellt dafür 310 Millionen Euro bereit, der Bund beteiligt sich mit weiteren 90 Millionen Euro.",
"Die Geschäftsführerin des Studierendenwerks, Henrike Asmussen-Vogt, forderte eine Erhöhung der Wohnkostenpauschale beim BAföG. \"Die Pauschale deckt in Lindenfurt nicht einmal zwei Drittel eines WG-Zimmers\", sagte sie.",
"Wissenschaftsminister Falk Oberländer kündigte an, im dritten Quartal einen Gesetzentwurf für ein Landesprogramm zur Förderung von studentischem Wohnen vorzulegen. Insgesamt gibt das Land in diesem Jahr 1,2 Milliarden Euro für seine Hochschulen aus.",
],
digest="""
オストマルケナウ州:学生の支出、半分近くが家賃に2026年04月23日 00:40

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 オストマルケナウ(Ostmarkenau)州の学生は、月収の平均47%を家賃に充てていることが、同州の学生支援団体「学生福祉会」が22日(水)にリンデンフルトで発表した生活実態調査でわかった。

 主なハイライト

 家賃負担の上昇:3年前の調査では41%で、家賃の比率は6%上昇した。平均の家賃(光熱費込み)は月498ユーロで、前回の412ユーロから86ユーロ増えた。

 都市による差:リンデンフルトではシェアハウスの1部屋が中央値で560ユーロ。小規模な大学都市のケスバッハとタンローデではそれぞれ390ユーロ、365ユーロだった。

 アルバイト:回答者の約23%が週15時間を超えて働いている。21歳未満では14%、25歳超では38%だった。

 文脈

 学生寮の不足:学生福祉会の寮は9400室で、昨秋は約2万1000件の応募があった。2030年までに2500室を新設する。

 公的資金:州が3億1000万ユーロ、連邦が9000万ユーロを拠出する。

 州政府は7〜9月期に学生向け住宅支援の法案を提出する方針である。

【詳細】

 州の学生福祉会による調査は、学生の住居費の負担が急速に重くなっていることを示した。以下、調査の内容と各方面の反応をまとめる。

 調査の結果

 1.調査の概要

 ・冬学期に11大学の学生6800人を対象に実施した。
 ・家賃が収入に占める割合は47%で、2015年以来の高水準となった。

 2.地域差と就労

 ・リンデンフルトの家賃は560ユーロと、タンローデより195ユーロ高い。
 ・週15時間を超えて働く学生は約23%に上る。

 支援策

 1.寮の新設

 ・2030年までに寮を2500室増やし、州と連邦が合わせて4億ユーロを拠出する。

 2.奨学金の見直し要求

 ・学生福祉会のヘンリケ・アスムッセン=フォークト(Henrike Asmussen-Vogt)代表は、連邦奨学金(BAföG)の住居費加算の引き上げを求め、「リンデンフルトではシェアハウスの部屋代の3分の2にも届かない」と述べた。
 ・ファルク・オーバーレンダー(Falk Oberländer)学術相は、7〜9月期に法案を示すと表明した。州の今年の大学向け支出は総額12億ユーロとなる。

 寮の整備が進むまでの間、学生の負担をどう和らげるかが課題となる。

【要点】

 調査の結果

 1.調査の概要

 ・学生6800人を調査、家賃の比率は47%。

 2.地域差と就労

 ・リンデンフルト560ユーロに対し、タンローデ390ユーロ。

 支援策

 1.寮の新設

 ・2030年までに2500室、州と連邦で4億ユーロ。

 2.奨学金の見直し要求

 ・住居費加算の引き上げを要求、州の大学向け支出は12億ユーロ。

【引用・参照・底本】

Studierende geben fast die Hälfte ihres Geldes für die Miete aus Rheinfelder Allgemeine Zeitung 2026.04.22

https://rheinfelder-allgemeine.example/bildung/studierende-wohnkosten-umfrage-2026
""",
findings=[
 ("mismatch", "error", "6%上昇"),
 ("unsupported", "warning", "2015年"),
 ("mismatch", "error", "タンローデ390ユーロ"),
],
)
