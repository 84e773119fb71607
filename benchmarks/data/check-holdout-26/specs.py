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
