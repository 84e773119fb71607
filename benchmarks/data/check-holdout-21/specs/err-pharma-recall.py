SPEC = dict(
    lang="en", outlet="Thamesbury Chronicle", domain="www.thamesburychronicle.example",
    path="/health/2026/09/14/corvell-dalvorin-blood-pressure-tablets-recalled",
    title="Blood pressure tablets recalled after impurity found in 14 batches",
    published="2026-09-14T16:10:00+01:00", shown="Monday 14 September 2026 16:10 BST",
    author="Harriet Osei", section="Health",
    paras=[
        "Pharmacies have been told to remove 14 batches of a widely used blood pressure tablet from their shelves after tests found an impurity at levels above the accepted safety limit, the medicines regulator said on Monday.",
        "The Medicines and Devices Safety Agency (MDSA) said the recall covers Dalvorin 5 mg tablets made by Corvell Pharma and distributed since March. About 310,000 packs are affected. The 10 mg strength, made at a different site, is not included.",
        "Laboratory tests carried out for the agency in Harwick found the impurity at up to 2.4 times the acceptable level. The agency stressed that the risk to any individual patient was very low and that the limit is set to protect people who take a medicine every day for many years.",
        "Around 86,000 people in the country take Dalvorin 5 mg. The agency said patients should not stop taking their tablets, because an abrupt stop could raise their blood pressure sharply, but should ask their pharmacist for a replacement from an unaffected batch at their next visit.",
        "Pharmacies and wholesalers have until Friday 25 September to return affected stock. Corvell said it had enough unaffected tablets to cover demand and did not expect shortages.",
        "\"We are sorry for the concern this will cause,\" said Corvell's medical director, Dr Alan Prudhomme. \"Patient safety comes first, and we are working with our supplier to understand exactly how this happened.\"",
        "The company said the impurity had been traced to a change in the manufacturing process at the supplier of one of the tablet's ingredients. It has stopped using material from that supplier until the investigation is complete.",
        "The agency has received no reports of harm linked to the impurity, although two reports from patients are being reviewed. It last ordered a recall of a blood pressure medicine in 2018, when 22 batches of a different product were withdrawn.",
        "Shares in Corvell Pharma fell 3.2% in London trading. Patient groups said the agency had acted quickly but called for clearer information at pharmacy counters, where many people first hear about a recall.",
    ],
)
