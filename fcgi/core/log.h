/* log: one line per event on stderr, with the program name and request id; never personal data. */
#ifndef GD_LOG_H
#define GD_LOG_H

void	 log_init(const char *prog);
void	 log_set_reqid(const char *);
void	 log_info(const char *, ...) __attribute__((format(printf, 1, 2)));
void	 log_warn(const char *, ...) __attribute__((format(printf, 1, 2)));
void	 log_err(const char *, ...) __attribute__((format(printf, 1, 2)));

#endif
