import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A message received by the local mail catcher (development only, when SMTP_URL is unset),
 * kept in the database so it survives restarts and can be read at /dev/mail.
 */
@Entity('caught_emails')
@Index('caught_emails_received_idx', ['receivedAt'])
export class CaughtEmail {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'envelope_from', type: 'varchar', length: 320, nullable: true })
  envelopeFrom: string | null;

  /** Envelope recipients, comma-separated. */
  @Column({ name: 'envelope_to', type: 'text' })
  envelopeTo: string;

  @Column({ type: 'text', default: '' })
  subject: string;

  @Column({ type: 'text', default: '' })
  text: string;

  @Column({ type: 'text', nullable: true })
  html: string | null;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz', precision: 3 })
  receivedAt: Date;
}
