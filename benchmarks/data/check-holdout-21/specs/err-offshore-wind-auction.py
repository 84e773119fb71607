SPEC = dict(
    lang="de", outlet="Küstenbote", domain="www.kuestenbote.example",
    path="/wirtschaft/energie/offshore-auktion-nordmarsch-zuschlag-3-milliarden",
    title="Offshore-Auktion: Nur drei Gebote, Zuschlag für 3,1 Milliarden Euro",
    suffix=" | Küstenbote",
    published="2026-07-16T15:30:00+02:00", shown="16.07.2026, 15:30 Uhr",
    author="Henrike Albers", section="Wirtschaft",
    paras=[
        "Die Versteigerung von zwei Flächen für Windparks vor der Küste von Nordmarsch hat deutlich weniger eingebracht als im Vorjahr. Wie die Bundesanstalt für Küstenenergie und Netze am Donnerstag mitteilte, zahlen die beiden Gewinner zusammen 3,1 Milliarden Euro für das Recht, dort Anlagen mit einer Leistung von insgesamt 2,5 Gigawatt zu bauen.",
        "Den Zuschlag für die größere Fläche N-12.4 mit 1,5 Gigawatt erhielt das Nordwind-Konsortium, das 1,9 Milliarden Euro bietet. Die Fläche N-13.1 mit einem Gigawatt ging für 1,2 Milliarden Euro an den Versorger Baltic Terra Energie.",
        "Im vergangenen Jahr hatten Bieter noch 8,4 Milliarden Euro für sieben Gigawatt gezahlt. Diesmal gingen für beide Flächen zusammen nur drei Gebote ein, nach elf im Vorjahr. Branchenvertreter führen das auf gestiegene Zinsen und teurere Turbinen zurück.",
        "„Das Ergebnis ist ein Warnsignal“, sagte Jens Harmsen vom Branchenverband Offshore-Wind Nord. „Wenn sich kaum noch jemand bewirbt, sind die Ausbauziele für 2035 nicht zu halten.“ Der Verband fordert, die Gebotsregeln zu ändern und künftig Festpreise für den Strom zu garantieren.",
        "Die Behörde verteidigte das Verfahren. Der Wettbewerb sei „funktionsfähig“, und die erzielten Preise lägen über den Erwartungen mehrerer Analysten. Die Verträge sollen am 30. September unterzeichnet werden.",
        "Zwei Drittel der Erlöse fließen in die Senkung der Netzentgelte, zehn Prozent in den Meeresnaturschutz und fünf Prozent in die Förderung einer umweltschonenden Fischerei. Der Rest geht an den Bundeshaushalt.",
        "Nach den Plänen der Gewinner soll der Bau 2029 beginnen, die ersten Turbinen sollen 2031 Strom liefern. Die beiden Windparks könnten rechnerisch rund 2,8 Millionen Haushalte versorgen.",
        "Umweltverbände begrüßten den Anteil für den Naturschutz, kritisierten aber, dass eine der Flächen an ein Rastgebiet für Seevögel grenzt. Die Fischer der Region befürchten, weitere Fanggründe zu verlieren.",
        "Die nächste Ausschreibung ist für das erste Quartal 2027 geplant. Dann sollen drei Flächen mit zusammen vier Gigawatt angeboten werden.",
    ],
)
