## /floor: la cola del moderador, con las solicitudes de palabra y las preguntas de un debate

floor-head = 🎙 <b>Palabra y preguntas</b> · { $title }: { $count ->
        [0] nadie lo ha pedido todavía.
        [one] una solicitud, por orden de llegada.
       *[other] { $count } solicitudes, por orden de llegada.
    }
floor-item =
    { $number }. { $state ->
        [taken] ▶️
        [done] ✅
       *[waiting] ⏳
    } <b>{ $name }</b> · { $party } · { $kind ->
        [floor] pide la palabra
       *[question] tiene una pregunta
    } · { $language }{ $topic ->
        [no] {""}
       *[other] {""}
            « { $topic } »
    }
floor-more = …y { $count } más: véase la exportación CSV.
floor-btn-taken = ▶️ { $number } en curso
floor-btn-done = ✅ { $number } atendida
floor-btn-export = 📄 Exportar (CSV)
floor-marked = { $state ->
        [taken] Marcada como en curso.
       *[done] Marcada como atendida.
    }
floor-no-event = Uso: /floor [EVENTO]. Eventos cuya inscripción pregunta por la palabra o por preguntas: { $known }
floor-kind = { $kind ->
        [floor] palabra
       *[question] pregunta
    }
floor-state = { $state ->
        [taken] en curso
        [done] atendida
       *[waiting] en espera
    }
floor-col-number = N.º
floor-col-reference = Referencia
floor-col-name = Nombre
floor-col-party = Estado u organización
floor-col-kind = Solicitud
floor-col-topic = Pregunta o tema
floor-col-language = Idioma
floor-col-state = Estado de la solicitud
floor-led = 🎙 { $ready ->
        [yes] Puede pedir la palabra, o enviar una pregunta para el debate, con esta pregunta de la inscripción:
       *[no] Para pedir la palabra, o enviar una pregunta para el debate, inscríbase: la inscripción lo pregunta, después de unas preguntas sobre usted.
    }
