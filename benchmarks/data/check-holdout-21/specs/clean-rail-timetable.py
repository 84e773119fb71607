SPEC = dict(
    lang="fr", outlet="L'Écho de Lorvenne", domain="www.echodelorvenne.example",
    path="/region/transports/2026/12/10/nouveaux-horaires-trains-13-decembre",
    title="Trains : trois cents circulations de plus par semaine dès le 13 décembre",
    suffix=" – L'Écho de Lorvenne",
    published="2026-12-10T11:20:00+01:00", shown="Publié le 10 décembre 2026 à 11h20",
    author="Yannick Le Floch", section="Transports",
    paras=[
        "C'est le plus grand changement d'horaires depuis une génération. À partir du dimanche 13 décembre, les trains régionaux de Haute-Lorvenne offriront trois cents circulations supplémentaires par semaine, a annoncé jeudi la présidente de la région, Hélène Kervadec.",
        "La principale nouveauté concerne la liaison entre Lorvenne et Saint-Aubrac. Grâce à la mise en service d'un tronçon neuf de 38,5 km, le trajet le plus rapide passera de 2 h 47 à 2 h 05. Les travaux, commencés en 2019, ont coûté 1,2 milliard d'euros, financés aux deux tiers par l'État.",
        "La région attend 14 300 voyageurs par jour sur la ligne d'ici un an, contre 11 000 aujourd'hui. « Nous faisons le pari que le train redevient le premier choix pour aller travailler », a déclaré Mme Kervadec lors d'une conférence de presse en gare de Lorvenne.",
        "Le premier départ de Lorvenne aura lieu à 5 h 12, soit une demi-heure plus tôt qu'actuellement, et le dernier train quittera Saint-Aubrac à 23 h 40. Le dimanche, l'offre sera renforcée d'un train toutes les heures entre 8 h et 20 h.",
        "Tout n'est pas rose pour autant. Deux petites gares, Le Vernet et Morzac, ne seront plus desservies que par des cars, faute de voyageurs suffisants. Les élus de ces communes ont dénoncé « un abandon » et réclament un bilan au bout de six mois.",
        "Côté tarifs, l'abonnement mensuel passera de 58 € à 62,50 € au 1er janvier. La région assure qu'il reste l'un des moins chers de France pour un trajet de cette distance, et rappelle que l'employeur en rembourse la moitié.",
        "La ligne, ouverte en 1884, avait frôlé la fermeture au début des années 2000, lorsque moins de 4 000 voyageurs l'empruntaient chaque jour. Sa fréquentation a presque triplé depuis.",
        "Pendant le premier week-end, des agents seront présents dans les douze principales gares pour renseigner les voyageurs. Les nouveaux horaires sont consultables sur le site de la région et dans les gares.",
        "L'association des usagers, Rail Lorvenne Avenir, salue « un vrai progrès » mais regrette que les correspondances avec les trains nationaux à Saint-Aubrac n'aient pas toutes été revues.",
    ],
)
