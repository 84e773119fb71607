SPEC = dict(
    lang="de", outlet="Altenbrücker Allgemeine", domain="www.altenbruecker-allgemeine.example",
    path="/kultur/dom-orgel-restaurierung-abgeschlossen-5236-pfeifen",
    title="Nach 26 Monaten: Die Domorgel ist zurück – und klingt wie 1738",
    suffix=" – Altenbrücker Allgemeine",
    published="2026-01-22T10:00:00+01:00", shown="22.01.2026 – 10:00 Uhr",
    author="Friederike Lohmann", section="Kultur",
    paras=[
        "Nach 26 Monaten Arbeit ist die Restaurierung der großen Orgel im St.-Marien-Dom zu Altenbrück abgeschlossen. Am Donnerstag stellten Domkapitel und Orgelbauer das Instrument der Presse vor, zunächst allerdings nur mit einigen leisen Registern.",
        "Die Orgel wurde 1738 von dem Orgelbauer Johann Caspar Wendt erbaut und gilt als eines der bedeutendsten Instrumente ihrer Zeit im Norden. Sie hat vier Manuale, 71 Register und 5.236 Pfeifen, von denen zwei Drittel noch aus dem 18. Jahrhundert stammen.",
        "Die Kosten beliefen sich auf 2,4 Millionen Euro. Rund 1,1 Millionen Euro kamen aus Spenden, 900.000 Euro steuerte das Land bei, den Rest trug die Kirchengemeinde. „Ohne die Bürgerinnen und Bürger dieser Stadt wäre das nicht möglich gewesen“, sagte Dompropst Matthias Kröger.",
        "Die Orgelbauwerkstatt Brenninger aus Kellstadt hatte das Instrument zerlegt und jede Pfeife einzeln gereinigt. Besonders aufwendig war die Reparatur der Windladen, die durch eindringende Feuchtigkeit schwer beschädigt waren. Allein das Stimmen aller Pfeifen dauerte 320 Stunden.",
        "„Wir haben nichts modernisiert, sondern zurückgeholt, was verloren war“, sagte Werkstattleiterin Sabine Brenninger. Bei einer Renovierung in den 1950er-Jahren seien mehrere Register verändert worden, um den damaligen Klangvorstellungen zu entsprechen. Diese Eingriffe seien nun rückgängig gemacht.",
        "Die feierliche Wiedereinweihung ist für das dritte Quartal geplant, wenn der Dom auch sein neues Heizungssystem erhält. Bis dahin soll die Orgel nur in Gottesdiensten zu hören sein. Für das Eröffnungskonzert hat der Domorganist Lukas Feddersen ein Programm mit Werken angekündigt, die zur Entstehungszeit der Orgel komponiert wurden.",
        "Der Dom zählt jährlich rund 180.000 Besucher. Das Domkapitel rechnet damit, dass die restaurierte Orgel zusätzliche Gäste anzieht, und plant eine Konzertreihe mit zwölf Abenden im Jahr.",
        "Die letzte umfassende Restaurierung liegt mehr als 70 Jahre zurück. Brenninger zufolge sollte das Instrument nun bei regelmäßiger Pflege mindestens ein halbes Jahrhundert ohne größere Eingriffe auskommen.",
        "Orgelfreunde können ab März an Führungen teilnehmen, bei denen auch das Innere des Instruments gezeigt wird. Die Plätze sind auf 15 Personen pro Führung begrenzt.",
    ],
)
