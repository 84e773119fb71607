SPEC = dict(
    lang="fr", outlet="Le Courrier des Cimes", domain="courrierdescimes.example",
    path="/montagne/2026/04/09/les-arcelles-saison-ski-fermeture-anticipee",
    title="Faute de neige, Les Arcelles ferme ses pistes deux semaines plus tôt",
    suffix=" - Le Courrier des Cimes",
    published="2026-04-09T18:45:00+02:00", shown="09/04/2026 à 18:45",
    author="Margaux Pellissier", section="Montagne",
    paras=[
        "La station des Arcelles a tiré jeudi le bilan d'une saison écourtée. Faute de neige, les remontées mécaniques ont cessé de tourner le dimanche 5 avril, deux semaines avant la date prévue du 19 avril.",
        "La fréquentation s'établit à 412 300 journées-skieurs, en baisse de 18 % par rapport à l'hiver précédent, qui en avait compté 502 800. Le chiffre d'affaires des remontées mécaniques recule à 21,4 millions d'euros, contre 26,9 millions un an plus tôt.",
        "« Nous avons vécu un hiver sans véritable chute de neige après la mi-février », résume le directeur de la régie des pistes, Laurent Maurienne. À 1 800 mètres d'altitude, l'enneigement ne dépassait pas 38 cm à la mi-mars, contre 95 cm en moyenne à cette période.",
        "Pour maintenir les pistes ouvertes, la station a produit de la neige de culture en utilisant 1,7 million de mètres cubes d'eau, prélevés dans deux retenues collinaires. Une consommation critiquée par plusieurs associations de défense de l'environnement, qui demandent un moratoire sur les nouveaux projets.",
        "En moyenne, 37 des 52 pistes sont restées ouvertes pendant la saison. Les écoles de ski disent avoir donné un tiers de cours en moins pendant les vacances de février, habituellement la période la plus chargée.",
        "La fermeture anticipée touche aussi l'emploi : la plupart des 640 saisonniers employés par la régie ont vu leur contrat se terminer plus tôt, et une partie du personnel permanent sera placée en chômage partiel pendant deux semaines.",
        "Le maire, Christophe Dunand, veut accélérer la diversification de la station. Un budget de 3,5 millions d'euros sera consacré d'ici 2028 aux activités d'été, dont une piste de VTT et un sentier d'observation des glaciers.",
        "Les commerçants du village sont partagés. « Une mauvaise saison, on peut l'encaisser. Trois de suite, non », estime la gérante d'un magasin de location de skis, qui dit avoir perdu un quart de son chiffre d'affaires.",
        "La régie présentera son plan d'investissement au conseil municipal le 28 avril. Les forfaits de la saison prochaine seront mis en vente à la fin de l'été.",
    ],
)
