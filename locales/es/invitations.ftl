## Organizaciones sin código de invitación lo piden a los organizadores; estos lo emiten con un toque

spons-by-invitation =
    ✉️ <b>El patrocinio para organizaciones es por invitación</b>
    Los organizadores invitan a algunas organizaciones a solicitar patrocinio y envían a cada una un código de invitación.
    { $asked ->
        [no] Si tiene un código, pulse «Tengo un código». Si no, puede pedir uno a los organizadores: ellos deciden a quién invitar.
       *[other] Usted pidió un código a los organizadores el { $asked }. Cuando lo emitan, llegará aquí con un enlace que abre su solicitud con el código ya escrito. Si ya tiene un código, pulse «Tengo un código».
    }
    Contacto: { $contact }
spons-have-code-button = 🔑 Tengo un código
spons-ask-code-button = 📨 Pedir un código a los organizadores
spons-code-asked =
    📨 He pedido a los organizadores un código de invitación{ $organisation ->
        [none] {""}
       *[other] {" "}para { $organisation }
    }. Si lo emiten, llegará aquí con un enlace que abre su solicitud de patrocinio con el código ya escrito: no tiene que hacer nada más por ahora.
spons-code-asked-before = 📨 Ya pidió un código a los organizadores. Si lo emiten, llegará aquí con un enlace que abre su solicitud de patrocinio con el código ya escrito.
notify-code-issued =
    🔑 <b>Su código de invitación para { $title }</b>: { $code }
    Abra este enlace para solicitar patrocinio con el código ya escrito: { $link }

org-code-request-head = 📨 <b>Código de invitación solicitado</b> · { $reference } · { $title }
org-code-request-hint = Una organización pide un código para solicitar patrocinio. «Emitir un código» lo crea y lo envía al delegado con un enlace.
org-code-request-issued = 🔑 Código { $code } emitido por { $name }, { $when }, y enviado al delegado.
org-btn-issue-code = 🔑 Emitir un código
org-code-issued-ack = Código { $code } emitido y enviado al delegado.
org-code-already-issued = Ya se emitió un código para esta solicitud; no se cambió nada.
org-code-request-gone = Esta solicitud ya no existe (se borró la inscripción); no se cambió nada.
