SPEC = dict(
    lang="it", outlet="Gazzetta della Valserra", domain="www.gazzettavalserra.example",
    path="/economia/2026/03/19/valserrano-export-record-2025",
    title="Valserrano, export record nel 2025: 41.250 tonnellate, +7,2%",
    suffix=" - Gazzetta della Valserra",
    published="2026-03-19T12:00:00+01:00", shown="19 marzo 2026, ore 12:00",
    author="Chiara Benedetti", section="Economia",
    paras=[
        "Le esportazioni di Valserrano DOP hanno raggiunto un nuovo record nel 2025. Secondo i dati presentati giovedì dal Consorzio di tutela, all'estero sono state vendute 41.250 tonnellate di formaggio, con un aumento del 7,2% rispetto alle 38.480 tonnellate dell'anno precedente.",
        "Il valore delle esportazioni ha toccato 612 milioni di euro. Gli Stati Uniti restano il primo mercato, con il 23% dei volumi esportati, seguiti dalla Germania con il 18%. In forte crescita anche il Giappone e la Corea del Sud, dove le vendite sono aumentate di circa un quinto.",
        "«È il risultato di anni di lavoro sulla qualità e sulla promozione», ha dichiarato il presidente del Consorzio, Giorgio Bellandi. «Ma non possiamo dormire sugli allori: i dazi americani del 15% pesano ancora sui nostri produttori.»",
        "La produzione complessiva è stata di 1,92 milioni di forme, sostanzialmente stabile. Il prezzo medio all'origine è salito a 10,40 euro al chilo, contro 9,85 euro nel 2024, un aumento che secondo gli allevatori copre appena i rincari dei mangimi e dell'energia.",
        "Il sistema del Valserrano conta 312 caseifici e circa 2.900 allevatori, concentrati nelle province di montagna. Il disciplinare impone una stagionatura minima di 14 mesi e l'uso esclusivo di latte prodotto nella zona di origine.",
        "Il Consorzio, fondato nel 1954, ha annunciato un piano di promozione da 9 milioni di euro per il biennio 2026-2027, con campagne nei supermercati del Nord America e dell'Asia. Una parte delle risorse servirà a contrastare le imitazioni, che secondo le stime valgono quasi quanto l'export autentico.",
        "Bellandi ha anche chiesto alla Regione di sostenere gli allevamenti di alta quota, dove il numero delle stalle è diminuito di un terzo negli ultimi vent'anni. «Senza la montagna non c'è Valserrano», ha detto.",
        "Le prime stime per il 2026 indicano un'ulteriore crescita delle esportazioni, anche se il Consorzio invita alla prudenza per via dell'incertezza sui mercati internazionali. I dati definitivi del primo trimestre saranno diffusi a maggio.",
    ],
)
