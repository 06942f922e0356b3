/**
 * Links object decks (ESD, TXT, RLD, END cards) into storage images, and writes IPL-able card
 * decks. {@link vm370.s370.loader.Loader} links; {@link vm370.s370.loader.IplDeckWriter} makes decks.
 */
package vm370.s370.loader;
