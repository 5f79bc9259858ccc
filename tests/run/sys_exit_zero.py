import sys
from sys import exit

try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code)
print("still running")
exit()
