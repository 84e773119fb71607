SPEC = dict(
    lang="de", outlet="Tageblatt Wiesengrund", domain="www.tageblatt-wiesengrund.example",
    path="/region/verkehr/talbruecke-wiesengrund-lkw-sperrung-risse",
    title="Risse entdeckt: Talbrücke Wiesengrund ab Montag für schwere Lkw gesperrt",
    suffix=" | Tageblatt Wiesengrund",
    published="2026-10-01T13:40:00+02:00", shown="01.10.2026, 13:40 Uhr",
    author="Katrin Oberländer", section="Verkehr",
    paras=[
        "Die Talbrücke Wiesengrund wird ab Montag, 5. Oktober, 0 Uhr, für Lastwagen über 7,5 Tonnen gesperrt. Das hat Landesverkehrsminister Tobias Reinhold am Donnerstag bei einer Pressekonferenz in der Kreisstadt Hallerbach angekündigt, die um 11 Uhr begann.",
        "Bei einer Sonderprüfung am vergangenen Donnerstag hatten Ingenieure Risse in zwei Spannbetonträgern entdeckt. „Die Brücke ist für Autos sicher, aber wir können das Risiko durch schwere Lkw nicht länger tragen“, sagte Reinhold.",
        "Die 1968 eröffnete Brücke ist 486 Meter lang und bis zu 62 Meter hoch. Täglich überqueren sie rund 48.000 Fahrzeuge, davon etwa 9.600 Lastwagen. Zwei Drittel der Lkw-Fahrten sind nach Angaben des Ministeriums Durchgangsverkehr.",
        "Für schwere Lkw wird eine Umleitung über die Bundesstraße eingerichtet, die 23 Kilometer länger ist und rund 25 Minuten mehr Fahrzeit kostet. Die Polizei will die Sperrung mit einer Waage vor der Brücke und Kameras überwachen. Wer trotzdem fährt, muss mit einem Bußgeld von bis zu 1.000 Euro rechnen.",
        "Eine Sanierung lohnt sich nach Einschätzung der Experten nicht mehr. Die Brücke soll durch einen Neubau ersetzt werden, dessen Kosten das Land auf 310 Millionen Euro schätzt. Baubeginn soll im zweiten Quartal 2028 sein, die Fertigstellung ist für 2032 geplant.",
        "Die Industrie- und Handelskammer warnte vor erheblichen Folgen für die Unternehmen der Region. Ein Spediteur aus Hallerbach rechnete vor, dass jeder seiner 40 Lkw durch die Umleitung täglich fast eine Stunde verliere. „Das sind 40 Stunden am Tag, die wir irgendwo hernehmen müssen“, sagte er.",
        "Die Anwohner der Umleitungsstrecke fürchten dagegen mehr Lärm und Abgase. In den Ortsdurchfahrten von Kellbach und Oberried soll deshalb nachts Tempo 30 gelten. Der Bürgermeister von Kellbach, Uwe Brandt, kündigte an, er werde auf zusätzliche Lärmschutzmaßnahmen drängen.",
        "Die Talbrücke Wiesengrund ist nicht die einzige Sorge des Landes. Von den 1.140 Brücken an Landes- und Bundesstraßen in der Region gelten 83 als sanierungsbedürftig, die meisten davon wurden in den 1960er- und 1970er-Jahren gebaut.",
        "Das Ministerium will die Lage an der Brücke in drei Monaten erneut bewerten. Sollten sich die Risse vergrößern, sei auch eine Sperrung für alle Fahrzeuge nicht ausgeschlossen, hieß es.",
    ],
)
