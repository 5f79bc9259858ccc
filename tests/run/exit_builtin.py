print("bye")
exit(4)
