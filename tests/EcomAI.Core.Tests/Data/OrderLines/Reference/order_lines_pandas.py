"""Independent pandas computation of the order-lines preparation rules, for OrderLinesPandasReferenceTests.

Reads the export (all cells as text), applies the documented default rules in pandas, and writes two tables:
  customers.csv     customer_id, frequency (distinct purchase orders), monetary (sum of quantity x unit price),
                    last_purchase (date), products (distinct products bought)
  product_weeks.csv product_id, weeks (distinct ISO weeks, Monday start, with purchases), quantity (total)

Rules, in order (a line is counted under the first that applies): a quantity or unit price that is not a number with a
dot decimal separator, or a date not in M/d/yyyy H:mm, drops the line; an exact duplicate of an earlier line is dropped;
an invoice starting with C is a cancellation; a negative quantity is a return; a zero quantity and a unit price <= 0 are
dropped. Customer ids written as 17850.0 are 17850. Lines without a customer count for products, not customers.

    /usr/bin/python3 order_lines_pandas.py online-retail-quirks.csv.gz .
(Debian's python3-pandas 1.5.3.)
"""
import re
import sys

import pandas as pd

path, out = sys.argv[1], sys.argv[2]
df = pd.read_csv(path, dtype=str, keep_default_na=False)
df = df.apply(lambda c: c.str.strip())
number = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
ok = df["Quantity"].str.match(number) & df["UnitPrice"].str.match(number)
df = df[ok].copy()
df["date"] = pd.to_datetime(df["InvoiceDate"], format="%m/%d/%Y %H:%M", errors="coerce")
df = df[df["date"].notna()].copy()
df["quantity"] = df["Quantity"].astype(float)
df["price"] = df["UnitPrice"].astype(float)
df["customer"] = df["CustomerID"].str.replace(r"^(\d+)\.0$", r"\1", regex=True)
df = df[~df.duplicated(keep="first")]
df = df[~df["InvoiceNo"].str.startswith("C")]
df = df[(df["quantity"] > 0) & (df["price"] > 0)]
df["amount"] = df["quantity"] * df["price"]

buyers = df[df["customer"] != ""]
orders = buyers.groupby(["customer", "InvoiceNo"]).agg(amount=("amount", "sum"), date=("date", "min")).reset_index()
customers = orders.groupby("customer").agg(frequency=("InvoiceNo", "nunique"), monetary=("amount", "sum"), last_purchase=("date", "max"))
customers["products"] = buyers.groupby("customer")["StockCode"].nunique()
customers["last_purchase"] = customers["last_purchase"].dt.strftime("%Y-%m-%d")
customers.index.name = "customer_id"
customers.sort_index().to_csv(f"{out}/customers.csv", float_format="%.6f")

df["week"] = df["date"].dt.to_period("W-SUN").dt.start_time
weeks = df.groupby("StockCode").agg(weeks=("week", "nunique"), quantity=("quantity", "sum"))
weeks.index.name = "product_id"
weeks.sort_index().to_csv(f"{out}/product_weeks.csv", float_format="%.6f")
