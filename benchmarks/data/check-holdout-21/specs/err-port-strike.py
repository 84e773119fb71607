SPEC = dict(
    lang="en", outlet="Westshore Gazette", domain="westshoregazette.example",
    path="/business/port-halvard-dockworkers-begin-72-hour-strike",
    title="Port Halvard dockworkers begin 72-hour strike as ships queue offshore",
    published="2026-11-19T08:45:00-08:00", shown="November 19, 2026 8:45 a.m. PT",
    author="Rachel Nakamura-Hill", section="Business",
    paras=[
        "About 2,300 longshore workers at Port Halvard, the busiest container terminal on the western seaboard, walked off the job at 6 a.m. PT on Thursday, beginning a 72-hour strike that will idle cranes until early Sunday.",
        "The Harbour Workers' Alliance said the walkout would end at 6 a.m. on Sunday unless the employers' association returned to the table with a better offer. Talks broke down on Tuesday evening after eleven weeks of negotiation.",
        "The employers' association has offered wage increases totalling 14% over four years, while the union is seeking 19% over three years, along with limits on the automation of two terminals scheduled to open in 2028.",
        "\"Our members keep this country's shelves stocked. They are not asking for the moon, they are asking not to be replaced by software,\" said union president Darnell Okoye. Members backed the strike in October, with 96.4% voting in favour on a turnout of 88%.",
        "By Thursday morning, 41 vessels were waiting at anchor in Halvard Sound, up from 27 on Monday, according to the port authority. The port handles roughly C$650 million worth of cargo on an average day.",
        "Farm groups said about 1.8 million tonnes of grain bound for Asian buyers would be held up. \"Every day a ship sits at anchor costs an exporter between C$20,000 and C$30,000 in demurrage,\" said Helen Marchetti of the Prairie Grain Shippers' Council.",
        "Labour Minister Claire Dufresne urged both sides to resume talks and said the government was not, for now, considering back-to-work legislation. The last strike at the port, in 2019, lasted nine days and was ended by an act of parliament.",
        "Last year Port Halvard moved 3.4 million twenty-foot equivalent units of containers, up 6% on the year before, and about 60% of its traffic was with Asia.",
        "Retailers warned that a longer stoppage would hit deliveries ahead of the holiday season. The employers' association, in a short statement, called the strike \"unnecessary and damaging\" and said its offer was the most generous in two decades. It did not say when it would next meet the union.",
    ],
)
