"""Plain specs for the source pages (fictional outlets, people and places)."""

CASES = []


def case(**kw):
    CASES.append(kw)


case(name="clean-salmon-licence", lang="en", outlet="Fjord Ledger", suffix=" | Fjord Ledger",
     url="https://www.fjordledger.example/coast/2025/03/14/skarvik-salmon-licence-expansion",
     title="Skarvik salmon farm wins licence to grow by half",
     published="2025-03-14T18:20:00+01:00", section="Coast", author="Maren Lyse",
     paras=[
         "The Coastal Aquaculture Directorate on Thursday granted Nordhav Seafood a licence to expand its salmon farm at Skarvik Sound, raising the permitted biomass from 7,800 tonnes to 11,700 tonnes, despite objections from local fishermen.",
         "The decision, announced at 2pm local time in Vesterholm, ends a review that lasted 26 months. Of the 48 submissions the directorate received during the public consultation, 36 opposed the expansion.",
         "Nordhav, which employs 240 people in the county, said it would invest 410 million kroner in new closed pens over the next three years. The company will also pay an annual fee of 2.6 million kroner into a fund for coastal fisheries.",
         "Under the licence, mortality in the pens must stay below 12 percent a year, down from the 18 percent the farm recorded in 2023. Sea lice counts will be checked every two weeks instead of once a month.",
         "Fishermen's association chair Ingrid Solbakk, 58, said the ruling ignored the concerns of \"a dozen families who have fished these waters for generations\". The association plans to appeal within the three-week deadline.",
         "Nordhav chief executive Tor Aasen said the first closed pens would be in the water by the third quarter of 2026. \"We have listened, and the new pens will cut escapes to almost zero,\" he said.",
         "The farm at Skarvik Sound opened in 1998 and was last expanded in 2015. The county's salmon exports were worth 5.3 billion kroner last year, about a fifth of the regional economy.",
         "Water temperatures at the site reached 64F last August, the highest on record there, which scientists say increases stress on the fish and helps lice spread.",
         "The directorate said the licence runs for 15 years, until March 2040, and can be withdrawn if the farm breaches the mortality limit in two consecutive years.",
         "Local mayor Per Eikrem said the municipality would hold a public meeting on the licence conditions on March 27. He said the council had not taken a position but wanted \"clear answers about escapes and lice\" before the summer season begins, and that residents deserved to hear them in person.",
     ])

case(name="err-chip-export-ban", lang="en", outlet="Pacific Circuit Review", suffix=" - Pacific Circuit Review",
     url="https://pacificcircuit.example/policy/calvera-bans-advanced-memory-chip-exports",
     title="Calvera bans advanced memory chip exports to three neighbours",
     published="2025-06-10T07:45:00-07:00", section="Policy", author="Dana Whitcombe",
     paras=[
         "The government of Calvera on Monday banned exports of advanced memory chips to three neighbouring states, a move that analysts said could affect about $4.2 billion of annual trade.",
         "The ban, which takes effect at midnight Pacific time on June 30, covers chips made on processes of 7 nanometres or smaller. Trade minister Elena Varga said it was needed to protect national security and to keep critical supply at home.",
         "Calvera's chip exports totalled $18.5 billion last year, up 22% from $15.2 billion in 2023, making semiconductors the country's second-largest export after farm machinery.",
         "Halvorn Semiconductor, the country's largest chipmaker, said 31% of its revenue came from the three affected markets. Its shares fell 6.4% in early trading, while smaller rival Quell Micro lost 2.1%.",
         "The ban follows a 90-day review launched in March after customs officers seized 14 containers of mislabelled chips at the port of San Aurel. The ministry said export licences could still be granted case by case, and that it expects about 300 applications in the third quarter.",
         "Varga said the government would offer $650 million in loans to help chipmakers find new buyers. \"No company will be left alone with unsold stock,\" she told reporters.",
         "Industry group ChipCal said the measure was \"a blunt tool\" and warned that its members could lose up to a quarter of their export orders within a year. The group represents 57 companies.",
         "Analysts at Meridian Research said the three neighbours bought roughly 23% of Calvera's chip exports last year. They expect the neighbours to turn to suppliers in Asia within six months.",
         "Neighbouring governments did not immediately comment. A Trade Ministry spokesman said talks with the three countries would continue and that the ban would be reviewed after 12 months, or earlier if the security situation changed.",
         "Halvorn said it was studying the new rules and would give guidance to investors when it reports quarterly results next month. Quell Micro declined to comment on how much of its business was affected.",
     ])

case(name="clean-tunnel-fire", lang="fr", outlet="Le Courrier des Alpes", suffix=" - Le Courrier des Alpes",
     url="https://www.courrier-alpes.example/region/2025/09/18/incendie-tunnel-col-de-varenne",
     title="Incendie dans le tunnel du col de Varenne : l'autoroute fermée pour trois semaines",
     published="2025-09-18T21:05:00+02:00", section="Région", author="Claire Dumoulin",
     paras=[
         "Un poids lourd a pris feu mardi vers 23 h 40 dans le tunnel du col de Varenne, sur l'autoroute A 71, provoquant la fermeture de l'ouvrage dans les deux sens. Les 38 automobilistes présents dans le tunnel ont pu être évacués par les galeries de secours, selon la préfecture.",
         "Le feu a été maîtrisé au bout de quatre heures et demie par près de trois cents pompiers venus de quatre départements. La température a atteint 1 100 degrés au cœur du brasier, selon le service départemental d'incendie. Onze personnes ont été légèrement intoxiquées par les fumées, dont deux enfants.",
         "Le tunnel, long de 6,4 kilomètres, avait été mis en service en 1987 et rénové entre 2016 et 2019 pour un coût de 212 millions d'euros. La société concessionnaire, Alpaval, estime les dégâts à 14,5 millions d'euros.",
         "La circulation est déviée par la route départementale 902, ce qui allonge le trajet de 47 minutes en moyenne. Chaque jour, 23 500 véhicules empruntent le tunnel, dont 18 % de poids lourds.",
         "« Le dispositif de sécurité a fonctionné exactement comme prévu », a déclaré le préfet Jean-Baptiste Morel, 61 ans, lors d'une conférence de presse mercredi matin. Les ventilateurs ont extrait la fumée en moins de six minutes, a-t-il précisé.",
         "Le chauffeur du camion, un homme de 44 ans, a donné l'alerte depuis une niche de secours. Le camion transportait des palettes de papier. Une enquête a été ouverte pour déterminer l'origine du feu, qui pourrait être un échauffement des freins.",
         "La réouverture est prévue dans trois semaines, le temps de remplacer 900 mètres de câbles et de vérifier la voûte. Les élus de la vallée réclament une compensation pour les commerces, qui disent avoir perdu deux tiers de leur clientèle depuis mardi.",
         "Il s'agit du deuxième incendie dans le tunnel depuis sa rénovation : en mars 2021, une voiture avait brûlé près de l'entrée nord, sans faire de blessés.",
         "Selon Alpaval, les poids lourds seront interdits dans le tunnel la nuit pendant un mois après la réouverture, le temps de tester les nouveaux équipements. Les transporteurs routiers dénoncent une mesure « disproportionnée » et demandent à être reçus à la préfecture.",
     ])

case(name="err-bond-auction", lang="de", outlet="Finanzblatt Nord", suffix=" | Finanzblatt Nord",
     url="https://www.finanzblatt-nord.example/maerkte/anleihen/auktion-zehnjaehrige-bundeslandanleihe-schwache-nachfrage",
     title="Schwache Nachfrage bei Auktion zehnjähriger Landesanleihen",
     published="2025-11-05T16:30:00+01:00", section="Märkte", author="Jonas Brehm",
     paras=[
         "Die Finanzagentur des Landes Nordmark hat am Mittwoch zehnjährige Anleihen im Volumen von 4,5 Milliarden Euro versteigert, aber nur Gebote über 5,1 Milliarden Euro erhalten. Das Verhältnis von Geboten zu Zuteilung lag damit bei 1,13, dem niedrigsten Wert seit der Auktion im Juni 2022.",
         "Die Rendite stieg auf 3,18 Prozent, nach 2,94 Prozent bei der letzten vergleichbaren Auktion Anfang Oktober. Das entspricht einem Anstieg um 0,24 Prozentpunkte binnen eines Monats.",
         "Die Finanzagentur behielt 420 Millionen Euro der angebotenen Papiere zurück, um sie später am Sekundärmarkt zu platzieren. Händler sprachen von einem deutlichen Warnsignal. \"Die Investoren wollen für das Risiko höher entschädigt werden\", sagte Petra Lindqvist, Anleihestrategin bei der Hanse Kapital Bank.",
         "Hintergrund ist der Haushaltsstreit in der Landesregierung. Finanzminister Karl Osterwald will die Neuverschuldung im kommenden Jahr auf 12,8 Milliarden Euro begrenzen, der Koalitionspartner verlangt zusätzliche Investitionen von 3 Milliarden Euro in Schulen und Brücken.",
         "Insgesamt plant Nordmark für das Jahr 2025 Emissionen von 38 Milliarden Euro. Bis Ende Oktober waren davon 31,2 Milliarden Euro platziert, gut vier Fünftel des Jahresziels.",
         "Die nächste Auktion, eine fünfjährige Anleihe über 3 Milliarden Euro, ist für den 19. November angesetzt. Die Ratingagentur Skald Ratings bewertet das Land weiterhin mit AA, hatte den Ausblick aber im dritten Quartal auf negativ gesenkt.",
         "Auch andere Länder spüren höhere Kosten: Der Abstand zu zehnjährigen Bundesanleihen weitete sich am Mittwoch auf 0,61 Prozentpunkte aus, nach 0,48 Prozentpunkten zu Jahresbeginn.",
         "Osterwald zeigte sich gelassen. Man habe \"solide Nachfrage unter schwierigen Bedingungen\" gesehen, sagte er am Abend in Nordhafen. Ein Nachtragshaushalt sei nicht geplant.",
         "Am Markt wurde die Auktion auch als Test für das kommende Jahr gesehen, in dem Nordmark nach Schätzungen von Händlern mehr als 40 Milliarden Euro aufnehmen muss. Die Landesbank Nordmark, sonst einer der größten Bieter, hielt sich diesmal nach Angaben von Händlern zurück.",
     ])
