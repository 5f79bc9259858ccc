import sqlite3

print(json.dumps({}))
