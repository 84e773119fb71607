SPEC = dict(
    lang="en", outlet="Western Courier", domain="westerncourier.example",
    path="/news/courts/kilbrannock-torc-theft-trial-jury-told-of-skylight-raid",
    title="Kilbrannock torc trial: jury told thieves took 47 seconds to empty display case",
    published="2026-06-11T17:30:00+01:00", shown="Thu, 11 Jun 2026, 17:30 IST",
    author="Siobhán Keane", section="Courts",
    paras=[
        "Three men accused of stealing a Bronze Age gold torc from the Kilbrannock County Museum in 2019 went on trial on Tuesday, with prosecutors telling the jury that the raid took just 47 seconds once the thieves had reached the gallery floor.",
        "Declan Moorcroft, 41, Patrick Hennessy, 34, and Graham Lyle, 52, deny charges of burglary and handling stolen goods. The torc, which weighs 1.3 kg and is about 2,800 years old, has never been recovered.",
        "Opening the case, prosecuting counsel Aoife Brannigan said the men climbed onto the museum roof late on the night of 14 February 2019 and lowered themselves through a skylight nine metres above the floor. Security cameras recorded two figures smashing the case and leaving by the same route.",
        "\"This was not an opportunistic crime,\" she told the jury of seven women and five men. \"It was planned for months, by people who knew exactly where the cameras were and how long the alarm would take to summon help.\"",
        "The court heard that the torc was insured for €4.5 million, although the value of the gold it contains is put at about €110,000. Experts fear it may have been melted down. Prosecutors say Moorcroft's mobile phone was in the area that night and that Hennessy later searched online for the price of gold.",
        "Lawyers for the three men said the evidence was circumstantial and that their clients had been in the town for unrelated reasons. Lyle's counsel said his client had been at a family birthday party until after midnight.",
        "The torc was found by a farmer ploughing a field near Kilbrannock in 1931 and has been the museum's best-known object ever since. Visitor numbers fell by almost a third in the year after the theft, the museum's director, Fionnuala Daly, told the court on Wednesday.",
        "Judge Martin Geraghty told jurors the trial was expected to last six weeks and that around 60 witnesses would be called. He warned them not to read about the case online or to visit the museum.",
        "The museum reopened its gallery in 2021 with a replica of the torc and a new security system funded by a €900,000 government grant.",
    ],
)
