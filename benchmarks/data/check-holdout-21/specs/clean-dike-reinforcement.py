SPEC = dict(
    lang="nl", outlet="Dagblad Lage Venen", domain="www.dagbladlagevenen.example",
    path="/regio/dijkversterking-merwel-1-2-miljard-start-september",
    title="Dijk langs de Merwel wordt 1,10 meter hoger: werk van 1,2 miljard begint in september",
    suffix=" | Dagblad Lage Venen",
    published="2026-06-18T14:00:00+02:00", shown="18 juni 2026, 14:00",
    author="Sanne de Groot", section="Regio",
    paras=[
        "Het waterschap Lage Venen begint in september met de versterking van 14,6 kilometer dijk langs de Merwel. Dat maakte dijkgraaf Marieke van Doorn donderdag bekend. Het project kost 1,2 miljard euro en moet in 2033 klaar zijn.",
        "Uit een toetsing vorig jaar bleek dat twee derde van het dijktraject niet voldoet aan de nieuwe veiligheidsnormen. De dijk wordt daarom gemiddeld 1,10 meter hoger en op veel plaatsen breder gemaakt. Op de zwakste stukken komt een stalen damwand in de dijk.",
        "Achter de dijk liggen 12.400 woningen, met ongeveer 31.000 inwoners. \"Als het hier misgaat, staat een groot deel van de polder binnen een dag onder water\", zei Van Doorn. \"We wachten niet tot het bijna misgaat.\"",
        "Het Rijk betaalt negentig procent van de kosten, het waterschap de rest. Dat is ongeveer 120 miljoen euro, wat volgens het waterschap zonder extra verhoging van de waterschapsbelasting kan worden opgebracht.",
        "Voor bewoners langs de dijk betekent het werk jaren van overlast. Van de 57 woningen die direct aan de dijk staan, moeten er drie worden afgebroken. De eigenaren krijgen een vergoeding op basis van een onafhankelijke taxatie. Twee van hen hebben al een akkoord getekend.",
        "Ook de fietsroute over de dijk, die op zomerse dagen door duizenden recreanten wordt gebruikt, gaat in fasen dicht. Het waterschap belooft dat er steeds een omleiding van hooguit vier kilometer beschikbaar is.",
        "De laatste grote versterking dateert van 1995, na het hoogwater van dat jaar waarbij tienduizenden mensen in de regio tijdelijk hun huis moesten verlaten. Sindsdien is de kennis over de sterkte van dijken sterk veranderd, vooral over het wegspoelen van zand onder de dijk door.",
        "Het werk wordt uitgevoerd door een combinatie van drie bouwbedrijven. In de drukste periode zijn er zo'n 250 mensen tegelijk aan het werk. Er worden ruim 900.000 kubieke meter grond en klei aangevoerd, grotendeels over het water om vrachtverkeer door de dorpen te beperken.",
        "Het waterschap houdt op donderdag 25 juni om 19.30 uur een informatieavond in het dorpshuis van Merwelkerk.",
    ],
)
