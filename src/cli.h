/* cli.h — the command line (cli.c). */
#ifndef LKJ_CLI_H
#define LKJ_CLI_H

/* Runs lkjip with argv; returns the exit status (LKJ_EXIT_*). */
int cli_main(int argc, char **argv);

#endif
