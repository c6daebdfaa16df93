#!/usr/bin/python3
"""Generate the written-by-a-tool half of test/corpus/exports/ (outputs are committed; tests never run this).

  /usr/bin/python3 scripts/corpus/make_exports.py   (Debian python3-pandas and python3-openpyxl)

1. CRM exports in each CRM's own export format (headers, quoting, date and number styles, encodings as the
   CRM writes them), with seeded, made-up deals: Salesforce (Data Loader API names, and a report export with
   labels, US dates and the copyright footer), HubSpot (stage labels, and internal stage ids), Pipedrive,
   Dynamics 365 (UTF-16 LE, tab-separated, currency names, AM/PM times), Zoho, and a Dutch Excel "CSV"
   (Windows-1252, semicolons, decimal commas, day-first dates). No public export of these CRMs with a licence
   that allows keeping it was found; the formats follow the CRMs' documented exports and, for the Data Loader
   header, a real export (see README.md).
2. Bad inputs, one per rule, each with the one-line problem it must give.
3. The same exports "pasted as is" into workbooks written by pandas (openpyxl engine), the most common way
   scripts write .xlsx: no renaming, pandas' own typing (numbers, booleans; dates as text unless parsed).
4. A derived copy of the UCI order lines with the source's original US date-times ("12/1/2010 8:26").
"""
import csv
import io
import os
import random
from datetime import date, datetime, timedelta

import pandas as pd

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "test", "corpus", "exports")
rng = random.Random(20260511)

REPS = ["Ana Lima", "Bram de Vries", "Chen Wei", "Dana Whitfield", "Omar Haddad"]
ACCOUNTS = ["Edge Communications", "Burlington Textiles", "Pyramid Construction", "Dickenson plc", "Grand Hotels",
            "United Oil & Gas", "Express Logistics", "University of Arizona", "GenePoint", "sForce"]
SF_STAGES = [("Prospecting", 10), ("Qualification", 10), ("Needs Analysis", 20), ("Value Proposition", 50),
             ("Id. Decision Makers", 60), ("Perception Analysis", 70), ("Proposal/Price Quote", 75),
             ("Negotiation/Review", 90)]


def path(*parts):
    p = os.path.join(ROOT, *parts)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def write_csv(name, header, rows, *, quote_all=False, delimiter=",", encoding="utf-8", bom=False, footer=()):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if encoding != "utf-8" or quote_all else "\n",
                   quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    w.writerow(header)
    w.writerows(rows)
    for line in footer:
        w.writerow([line])
    data = buf.getvalue().encode(encoding)
    if bom and encoding == "utf-8":
        data = b"\xef\xbb\xbf" + data
    with open(path(name), "wb") as f:
        f.write(data)


def deals(n, year=2025):
    """n made-up deals: owner, account, stage/outcome, amount, created and closed dates."""
    out = []
    for i in range(n):
        created = date(year, 1, 1) + timedelta(days=rng.randrange(0, 300))
        r = rng.random()
        outcome = "open" if r < 0.3 else ("won" if r < 0.65 else "lost")
        stage, probability = rng.choice(SF_STAGES) if outcome == "open" else (
            ("Closed Won", 100) if outcome == "won" else ("Closed Lost", 0))
        closed = created + timedelta(days=rng.randrange(5, 120))
        if closed.year > year:
            closed = date(year, 12, 30)
        out.append({
            "i": i, "rep": REPS[rng.randrange(len(REPS))], "account": ACCOUNTS[rng.randrange(len(ACCOUNTS))],
            "stage": stage, "probability": probability, "outcome": outcome,
            "amount": rng.randrange(20, 400) * 250, "created": created, "closed": closed,
            "time": timedelta(hours=rng.randrange(8, 18), minutes=rng.randrange(60), seconds=rng.randrange(60)),
        })
    return out


def salesforce():
    # The header of a real Data Loader export (all fields of Opportunity in a Developer Edition org).
    header = ["Id", "IsDeleted", "AccountId", "IsPrivate", "Name", "Description", "StageName", "Amount",
              "Probability", "ExpectedRevenue", "TotalOpportunityQuantity", "CloseDate", "Type", "NextStep",
              "LeadSource", "IsClosed", "IsWon", "ForecastCategory", "ForecastCategoryName", "CampaignId",
              "HasOpportunityLineItem", "Pricebook2Id", "OwnerId", "CreatedDate", "CreatedById",
              "LastModifiedDate", "LastModifiedById", "SystemModstamp", "LastActivityDate", "PushCount",
              "LastStageChangeDate", "FiscalQuarter", "FiscalYear", "Fiscal", "ContactId", "LastViewedDate",
              "LastReferencedDate", "HasOpenActivity", "HasOverdueTask", "LastAmountChangedHistoryId",
              "LastCloseDateChangedHistoryId", "DeliveryInstallationStatus__c", "TrackingNumber__c",
              "OrderNumber__c", "CurrentGenerators__c", "MainCompetitors__c"]
    owners = {rep: f"005jV000000z{k}QAM" for k, rep in enumerate(REPS)}
    rows = []
    data = deals(90)
    # As in Salesforce's own sample data, a few records were created (loaded) after their close date.
    for d in data[:4]:
        d["created"] = d["closed"] + timedelta(days=3)
    for d in data:
        closed = d["outcome"] != "open"
        created = datetime.combine(d["created"], datetime.min.time()) + d["time"]
        stamp = created.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        rows.append([f"006jV000000e{d['i']:03d}QAY", "false", f"001jV0000050D{d['i'] % 10}QAM", "false",
                     f"{d['account']} Generators {d['i']}", "", d["stage"], f"{d['amount']:.1f}",
                     f"{d['probability']:.1f}", f"{d['amount'] * d['probability'] / 100:.1f}", "",
                     d["closed"].isoformat(), "New Customer", "", "Web", str(closed).lower(),
                     str(d["outcome"] == "won").lower(), "Closed" if closed else "Pipeline",
                     "Closed" if closed else "Pipeline", "", "false", "", owners[d["rep"]], stamp,
                     owners[d["rep"]], stamp, owners[d["rep"]], stamp, "", "0", "", "1", "2025", "2025 1", "", "",
                     "", "false", "false", "", "", "", "", "", "", ""])
    write_csv("generated/salesforce-dataloader.csv", header, rows, quote_all=True)

    # A Lightning report export: labels, the user's US date format, Won and Closed as 1/0, the footer.
    header = ["Opportunity Owner", "Account Name", "Opportunity Name", "Stage", "Fiscal Period", "Amount Currency",
              "Amount", "Probability (%)", "Age", "Close Date", "Created Date", "Lead Source", "Type", "Won",
              "Closed"]
    rows = []
    us = lambda d: f"{d.month}/{d.day}/{d.year}"  # noqa: E731
    for d in deals(70):
        closed = d["outcome"] != "open"
        rows.append([d["rep"], d["account"], f"{d['account']} Expansion {d['i']}", d["stage"],
                     f"Q{(d['closed'].month - 1) // 3 + 1}-2025", "USD", f"{d['amount']:.2f}", str(d["probability"]),
                     str((d["closed"] - d["created"]).days), us(d["closed"]), us(d["created"]), "Partner",
                     "New Business", "1" if d["outcome"] == "won" else "0", "1" if closed else "0"])
    write_csv("generated/salesforce-report.csv", header, rows, quote_all=True, bom=True,
              footer=["", "Confidential Information - Do Not Distribute",
                      "Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved."])


HS_STAGES = [("Appointment scheduled", "appointmentscheduled"), ("Qualified to buy", "qualifiedtobuy"),
             ("Presentation scheduled", "presentationscheduled"), ("Decision maker bought-in", "decisionmakerboughtin"),
             ("Contract sent", "contractsent")]


def hubspot():
    header = ["Record ID", "Deal Name", "Deal Stage", "Close Date", "Deal owner", "Amount", "Create Date",
              "Pipeline", "Deal Type", "Last Activity Date"]
    labels, ids = [], []
    for d in deals(80):
        label, stage_id = rng.choice(HS_STAGES) if d["outcome"] == "open" else (
            ("Closed won", "closedwon") if d["outcome"] == "won" else ("Closed lost", "closedlost"))
        created = (datetime.combine(d["created"], datetime.min.time()) + d["time"]).strftime("%Y-%m-%d %H:%M")
        closed = (datetime.combine(d["closed"], datetime.min.time()) + timedelta(hours=17)).strftime("%Y-%m-%d %H:%M")
        amount = "" if d["outcome"] == "open" and d["i"] % 4 == 0 else str(d["amount"])
        row = [str(9000000000 + d["i"] * 37), f"{d['account']} - New deal {d['i']}", label, closed, d["rep"],
               amount, created, "Sales Pipeline", "newbusiness", ""]
        labels.append(row)
        ids.append(row[:2] + [stage_id] + row[3:])
    write_csv("generated/hubspot-deals.csv", header, labels)
    write_csv("generated/hubspot-deals-stage-ids.csv", header, ids)


def pipedrive():
    header = ["Deal - ID", "Deal - Title", "Deal - Creator", "Deal - Owner", "Deal - Value", "Deal - Currency of Value",
              "Deal - Probability", "Deal - Organization", "Deal - Pipeline", "Deal - Stage", "Deal - Status",
              "Deal - Deal created", "Deal - Expected close date", "Deal - Deal closed on", "Deal - Won time",
              "Deal - Lost time"]
    stages = ["Lead In", "Contact Made", "Demo Scheduled", "Proposal Made", "Negotiations Started"]
    rows = []
    for d in deals(60):
        created = (datetime.combine(d["created"], datetime.min.time()) + d["time"]).strftime("%Y-%m-%d %H:%M:%S")
        closed = (datetime.combine(d["closed"], datetime.min.time()) + timedelta(hours=15)).strftime("%Y-%m-%d %H:%M:%S")
        status = d["outcome"]
        rows.append([str(d["i"] + 1), f"{d['account']} deal", d["rep"], d["rep"], str(d["amount"]), "EUR",
                     str(d["probability"]) if status == "open" and d["i"] % 3 == 0 else "", d["account"], "Pipeline",
                     rng.choice(stages) if status == "open" else "Negotiations Started", status, created,
                     d["closed"].isoformat(), closed if status != "open" else "",
                     closed if status == "won" else "", closed if status == "lost" else ""])
    write_csv("generated/pipedrive-deals.csv", header, rows)


def dynamics():
    header = ["Topic", "Potential Customer", "Est. Revenue", "Currency", "Est. Close Date", "Actual Close Date",
              "Status", "Status Reason", "Owner", "Probability", "Created On", "Pipeline Phase"]
    phases = ["1-Qualify", "2-Develop", "3-Propose", "4-Close"]
    rows = []
    for d in deals(50):
        ts = datetime.combine(d["created"], datetime.min.time()) + d["time"]
        created = f"{ts.month}/{ts.day}/{ts.year} {ts.hour % 12 or 12}:{ts.minute:02d} {'AM' if ts.hour < 12 else 'PM'}"
        status = {"open": "Open", "won": "Won", "lost": "Lost"}[d["outcome"]]
        reason = {"open": "In Progress", "won": "Won", "lost": "Out-Sold"}[d["outcome"]]
        us = f"{d['closed'].month}/{d['closed'].day}/{d['closed'].year}"
        rows.append([f"{d['account']} renewal {d['i']}", d["account"], f"${d['amount']:,.2f}", "US Dollar", us,
                     us if status != "Open" else "", status, reason, d["rep"], str(d["probability"]), created,
                     rng.choice(phases) if status == "Open" else "4-Close"])
    write_csv("generated/dynamics-opportunities.csv", header, rows, delimiter="\t", encoding="utf-16")


def zoho():
    header = ["Deal Owner", "Deal Name", "Amount", "Closing Date", "Stage", "Probability (%)", "Expected Revenue",
              "Created Time", "Account Name", "Currency"]
    rows = []
    for d in deals(55):
        stage = d["stage"]
        if d["outcome"] == "lost" and d["i"] % 2:
            stage = "Closed-Lost to Competition"
        created = (datetime.combine(d["created"], datetime.min.time()) + d["time"]).strftime("%Y-%m-%d %H:%M:%S")
        rows.append([d["rep"], f"{d['account']} {d['i']}", f"{d['amount']:.2f}", d["closed"].isoformat(), stage,
                     str(d["probability"]), f"{d['amount'] * d['probability'] / 100:.2f}", created, d["account"], "GBP"])
    write_csv("generated/zoho-deals.csv", header, rows)


def excel_nl():
    # What Dutch Excel writes for "CSV (gescheiden door lijstscheidingsteken)": Windows-1252, semicolons,
    # decimal commas, day-first dates; amounts typed as shown ("€ 1.250,50").
    header = ["Verkoper", "Klant", "Fase", "Bedrag", "Aangemaakt", "Gesloten", "Uitkomst"]
    rows = []
    for d in deals(45):
        word = {"open": "Open", "won": "Gewonnen", "lost": "Verloren"}[d["outcome"]]
        cents = rng.randrange(100)
        amount = f"€ {d['amount']:,}".replace(",", ".") + f",{cents:02d}"
        nl = lambda x: f"{x.day}-{x.month}-{x.year}"  # noqa: E731
        rows.append([d["rep"], d["account"], d["stage"] if d["outcome"] == "open" else word, amount,
                     nl(d["created"]), nl(d["closed"]) if d["outcome"] != "open" else "", word])
    write_csv("generated/kansen.csv", header, rows, delimiter=";", encoding="cp1252")


def problems():
    write_csv("problems/iswon-only.csv", ["Id", "Name", "Amount", "IsWon", "CloseDate"],
              [["006A", "Alpha", "1000", "true", "2025-03-01"], ["006B", "Beta", "2000", "false", "2025-04-01"]])
    write_csv("problems/outcome-typos.csv", ["ID", "Stage", "Amount", "Closed", "Outcome"],
              [["D-1", "Closed Won", "1200", "2025-03-01", "Won"], ["D-2", "Closed Won", "900", "2025-03-09", "Wno"],
               ["D-3", "Closed Lost", "700", "2025-04-02", "Lsot"], ["D-4", "Negotiation", "500", "", "Open"]])
    write_csv("problems/mixed-currencies.csv", ["ID", "Outcome", "Amount"],
              [["D-1", "Won", "$1,200.00"], ["D-2", "Won", "€ 950,00"], ["D-3", "Lost", "$300.00"]])
    write_csv("problems/ambiguous-dates.csv", ["ID", "Outcome", "Amount", "Created", "Closed"],
              [["D-1", "Won", "1200", "1/2/2025", "3/4/2025"], ["D-2", "Lost", "900", "2/3/2025", "5/6/2025"]])
    write_csv("problems/unnamed-outcome.csv", ["ID", "Owner", "Amount", "Won or lost?"],
              [["D-1", "Ana", "1200", "Won"], ["D-2", "Bram", "900", "Lost"], ["D-3", "Ana", "300", "Won"]])
    write_csv("problems/goals.csv", ["Goal", "Metric", "Target", "Start", "Deadline"],
              [["Win 30% of closed deals in 2026", "win rate", "0.3", "2026-01-01", "2012-12-31"]])


def us_retail():
    src = os.path.join(ROOT, "uci-retail", "order-lines.csv")
    with open(src, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    out = []
    for r in rows[1:]:
        ts = datetime.strptime(r[4], "%Y-%m-%d %H:%M:%S")
        out.append(r[:4] + [f"{ts.month}/{ts.day}/{ts.year} {ts.hour}:{ts.minute:02d}"] + r[5:6] + [r[6].removesuffix(".0")] + r[7:])
    write_csv("uci-retail/order-lines-us-dates.csv", rows[0], out)


def workbooks():
    # pandas infers types as a script would: numbers, true/false as booleans, dates as text unless parsed.
    sf = pd.read_csv(path("generated/salesforce-dataloader.csv"))
    sf.to_excel(path("workbooks/salesforce-pandas.xlsx"), sheet_name="Opportunities", index=False)
    hs = pd.read_csv(path("generated/hubspot-deals.csv"))
    with pd.ExcelWriter(path("workbooks/hubspot-pandas.xlsx")) as xw:
        hs.to_excel(xw, sheet_name="Deals", index=False)
        pd.DataFrame({"Setting": ["Currency"], "Value": ["USD"]}).to_excel(xw, sheet_name="Settings", index=False)
    mv = pd.read_csv(path("maven/sales_pipeline.csv"), parse_dates=["engage_date", "close_date"])
    mv.to_excel(path("workbooks/maven-pandas.xlsx"), index=False)  # pandas' default sheet name: Sheet1


if __name__ == "__main__":
    salesforce()
    hubspot()
    pipedrive()
    dynamics()
    zoho()
    excel_nl()
    problems()
    us_retail()
    workbooks()
