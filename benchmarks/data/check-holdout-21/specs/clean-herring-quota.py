SPEC = dict(
    lang="en", outlet="North Sea Ledger", domain="www.northsealedger.example",
    path="/fisheries/2026/dec/03/skerrow-bank-herring-quota-cut",
    title="Ministers agree 18% cut to Skerrow Bank herring quota after three-year stand-off",
    published="2026-12-03T23:52:00+00:00", shown="Thu 3 Dec 2026 23.52 GMT",
    author="Morag Tulloch", section="Fisheries",
    paras=[
        "Fisheries ministers from the five coastal states around the Skerrow Bank agreed late on Thursday to cut next year's herring quota by 18%, to 412,000 tonnes, after scientists warned that the spawning stock had fallen to its lowest level since 1994.",
        "The deal, struck after two days of talks in the harbour town of Vellmouth, ends a dispute that had left the fishery without a jointly agreed limit for three years. The quota for 2027 compares with 502,000 tonnes set unilaterally, and largely ignored, for this year.",
        "Talks ended shortly after 11pm GMT on Thursday, when the chair, Norland's fisheries minister Ingrid Solvang, announced the agreement to reporters waiting in the rain outside the town hall.",
        "\"Nobody leaves Vellmouth happy tonight, and that is probably the sign of a fair deal,\" Solvang said. \"If we had waited another year, there might not have been a herring fishery left to argue about.\"",
        "Under the sharing arrangement, Norland receives the largest allocation, 148,000 tonnes, and the island group of Hestray 96,000 tonnes. The remaining three states, including the two whose fleets are represented in the talks by the European Union, divide what is left.",
        "Scientists advising the states estimate that the spawning stock has dropped to about 1.1 million tonnes, down from 2.6 million tonnes a decade ago. They had recommended a cut of at least a quarter, and several environmental groups said the agreed figure did not go far enough.",
        "The fishery supports a fleet of around 340 vessels and roughly 4,800 jobs at sea. A dozen processing plants in Vellmouth alone depend on herring landings, and plant owners had warned that a deeper cut would force some of them to close before the summer.",
        "Industry figures point to one bright spot: the share of the catch sold for human consumption, rather than ground into fishmeal, rose from 61% in 2024 to 68% last year, lifting the average price paid at the quayside.",
        "The new limit takes effect on 1 January and will be reviewed in the second quarter, once the spring acoustic survey has been completed. Ministers also agreed to close two spawning grounds to all fishing for six weeks each spring.",
        "Hestray's delegate, Pól Ravnsson, said the islands had accepted a smaller share than they had sought in order to secure a deal. \"Three years without an agreement cost all of us more than any quota cut,\" he said.",
    ],
)
