from rayzan.cli import main

main()
