def main():
    print("main")
    raise SystemExit(2)


main()
