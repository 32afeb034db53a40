import styles from './SearchForm.module.css'

type Props = { id: string; defaultValue?: string; label?: string; tone?: 'dark' | 'light' }

/** GET /search?q=…, usable from the header, the 404 page and the search page itself. */
export function SearchForm({ id, defaultValue, label = 'Search the site', tone = 'light' }: Props) {
  return (
    <form
      role="search"
      method="get"
      action="/search"
      aria-labelledby={`${id}-label`}
      className={`${styles.form} ${tone === 'dark' ? styles.dark : ''}`}
    >
      <label id={`${id}-label`} htmlFor={id} className={styles.label}>
        {label}
      </label>
      <div className={styles.row}>
        <input
          id={id}
          name="q"
          type="search"
          className={styles.input}
          defaultValue={defaultValue}
          maxLength={100}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit" className={styles.button}>
          Search
        </button>
      </div>
    </form>
  )
}
