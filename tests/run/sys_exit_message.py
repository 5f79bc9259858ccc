import sys

print("working")
sys.exit("fatal: something went wrong")
